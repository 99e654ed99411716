// Check: an attribute of a Terraform block (e.g. `provider "aws"`) has the expected string or list value.
import { parseHclBlocks, type HclBlock, type HclValue } from '../hcl';
import type { Check } from '../types';

export interface TerraformAttributeOptions {
  id: string;
  label: string;
  /** The `.tf` file, e.g. `~/infra/main.tf`. */
  path: string;
  /** The block, e.g. `{ type: 'provider', labels: ['aws'] }`. */
  block: { type: string; labels: string[] };
  attribute: string;
  /** A string or a list of strings. */
  expected: string | string[];
  /** An older name of the attribute and what to say when the learner used it (even beside the new one). */
  renamedFrom?: { name: string; message: string };
  /** The values are file paths: `~/x` and the absolute path of the same file are equal (Terraform expands `~`). */
  paths?: boolean;
}

/** Writes a value back the way HCL spells it: `"x"`, `["a", "b"]`. */
export function formatHclValue(value: HclValue | string | string[]): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
  if (value.type === 'string') return JSON.stringify(value.value);
  if (value.type === 'list') return `[${value.items.map(formatHclValue).join(', ')}]`;
  return value.raw;
}

function sameValue(
  actual: HclValue,
  expected: string | string[],
  same: (a: string, b: string) => boolean,
): boolean {
  if (typeof expected === 'string') return actual.type === 'string' && same(actual.value, expected);
  return (
    actual.type === 'list' &&
    actual.items.length === expected.length &&
    actual.items.every((item, i) => item.type === 'string' && same(item.value, expected[i]!))
  );
}

/** Blocks of this type and labels; for providers only the default ones (an `alias` makes another configuration). */
function matchingBlocks(blocks: HclBlock[], block: TerraformAttributeOptions['block']): HclBlock[] {
  return blocks.filter(
    (b) =>
      b.type === block.type &&
      b.labels.join('\u0000') === block.labels.join('\u0000') &&
      !(block.type === 'provider' && b.attributes.alias),
  );
}

export function terraformAttribute(options: TerraformAttributeOptions): Check {
  const { id, label, path, block, attribute, expected, renamedFrom } = options;
  const blockName = [block.type, ...block.labels.map((l) => JSON.stringify(l))].join(' ');
  const wanted = `${attribute} = ${formatHclValue(expected)}`;
  return {
    id,
    label,
    run(state) {
      const shown = state.displayPath(path);
      const text = state.readFile(path);
      if (text === null) return { pass: false, message: `\`${shown}\` does not exist.` };
      let blocks: HclBlock[];
      try {
        blocks = parseHclBlocks(text);
      } catch (error) {
        return { pass: false, message: `\`${shown}\` is not valid Terraform: ${(error as Error).message}.` };
      }
      const [found, second] = matchingBlocks(blocks, block);
      if (!found) return { pass: false, message: `\`${shown}\` has no \`${blockName}\` block.` };
      if (second && block.type === 'provider') {
        return {
          pass: false,
          message: `\`${shown}\` has two default \`${blockName}\` blocks (lines ${found.line} and ${second.line}), which Terraform refuses ("Duplicate provider configuration"): merge them into one, or give the second an \`alias\`.`,
        };
      }
      // Terraform refuses an argument the provider no longer has, even next to its replacement.
      if (renamedFrom && found.attributes[renamedFrom.name])
        return { pass: false, message: renamedFrom.message };
      const actual = found.attributes[attribute];
      if (!actual) {
        return {
          pass: false,
          message: `The \`${blockName}\` block has no \`${attribute}\` yet: \`${wanted}\`.`,
        };
      }
      const same = (a: string, b: string) =>
        a === b || (!!options.paths && /^[~/]/.test(a) && state.resolvePath(a) === state.resolvePath(b));
      if (sameValue(actual, expected, same)) return { pass: true };
      if (Array.isArray(expected) && actual.type !== 'list') {
        return {
          pass: false,
          message: `\`${attribute}\` must be a list, in square brackets: \`${wanted}\`.`,
        };
      }
      if (typeof expected === 'string' && actual.type !== 'string') {
        return { pass: false, message: `\`${attribute}\` must be a quoted string: \`${wanted}\`.` };
      }
      return {
        pass: false,
        message: `\`${attribute}\` is \`${formatHclValue(actual)}\`; expected \`${formatHclValue(expected)}\`.`,
      };
    },
  };
}
