// A service operation's parameters as the CLI handles them: the argument table derived from the botocore
// model (with the paging options), `file://` values, JSON and shorthand syntax, then botocore's validation.
import type { ArgTable, OptionSpec, ParsedArgs } from '../cli/arg-parser';
import { EXIT, generalError } from '../cli/errors';
import { loadParamValue } from '../commands/param-file';
import type { AwsFileSystem } from '../types';
import { cliName, type OperationModel, type ShapeModel } from './model';

/** The option that reads the whole input from JSON; as its own word it makes every option optional. */
export const CLI_INPUT_JSON = '--cli-input-json';

/** The CLI's own paging options (awscli/customizations/paginate.py). */
export const PAGING_FLAGS = ['--starting-token', '--page-size', '--max-items'] as const;

/** The argument table the CLI builds for an operation: one option per input member, paging options. */
export function argTable(model: OperationModel): ArgTable {
  const options: OptionSpec[] = [];
  const paging = model.paginator;
  for (const [member, shape] of Object.entries(model.input.members)) {
    if (paging && member === paging.limitKey) continue;
    const flag = `--${cliName(member)}`;
    const required = model.input.required.includes(member);
    const hidden = paging?.inputToken === member ? { hidden: true } : {};
    if (shape.type === 'boolean') {
      options.push({ flag, kind: 'flag' }, { flag: `--no-${cliName(member)}`, kind: 'flag' });
    } else if (shape.type === 'list') {
      options.push({ flag, kind: 'list', required });
    } else {
      options.push({
        flag,
        kind: 'value',
        required,
        int: shape.type === 'integer' || shape.type === 'long',
        ...hidden,
      });
    }
  }
  // awscli/customizations/cliinput.py: the whole input as JSON (not for operations with an outfile).
  options.push({ flag: CLI_INPUT_JSON, kind: 'value' });
  if (paging) {
    options.push({ flag: '--starting-token', kind: 'value' });
    if (paging.limitKey) options.push({ flag: '--page-size', kind: 'value', argparseInt: true });
    options.push({ flag: '--max-items', kind: 'value', argparseInt: true });
  }
  return { options };
}

function parseError(flag: string, message: string): never {
  throw generalError(`Error parsing parameter '${flag}': ${message}`, EXIT.usage);
}

/** The CLI's shorthand syntax for one structure: `Key=a,Value=b`. */
function shorthand(flag: string, text: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const eq = pair.indexOf('=');
    if (eq < 0) {
      parseError(flag, `Expected: '=', received: 'EOF' for input:\n${text}\n${' '.repeat(text.length)}^`);
    }
    result[pair.slice(0, eq).trim()] = pair.slice(eq + 1);
  }
  return result;
}

function json(flag: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return parseError(flag, `Invalid JSON:\n${text}`);
  }
}

function scalar(flag: string, shape: ShapeModel, text: string): unknown {
  if (shape.type === 'integer' || shape.type === 'long') {
    if (!/^\s*[-+]?\d+\s*$/.test(text))
      throw generalError(`invalid literal for int() with base 10: '${text}'`);
    return Number.parseInt(text, 10);
  }
  if (shape.type === 'boolean') return text.toLowerCase() === 'true';
  if (shape.type === 'structure' || shape.type === 'map') {
    return /^\s*[{[]/.test(text) ? json(flag, text) : shorthand(flag, text);
  }
  return text;
}

/** The operation's input dictionary from the parsed words (file:// values are read first). */
export async function buildInput(
  model: OperationModel,
  args: ParsedArgs,
  fs: AwsFileSystem,
  env: Record<string, string>,
  cwd: string,
): Promise<Record<string, unknown>> {
  const input: Record<string, unknown> = {};
  const load = (flag: string, value: string) => loadParamValue(flag, value, fs, env, cwd);
  for (const [member, shape] of Object.entries(model.input.members)) {
    // The paging limit (MaxItems) is shadowed by the CLI's own --max-items.
    if (member === model.paginator?.limitKey) continue;
    const name = cliName(member);
    const flag = `--${name}`;
    if (shape.type === 'boolean') {
      // The last of --x / --no-x wins; argparse keeps both, the CLI reads --no-x last.
      if (args.options.has(`--no-${name}`)) input[member] = false;
      else if (args.options.has(flag)) input[member] = true;
      continue;
    }
    const raw = args.options.get(flag);
    if (raw === undefined || raw === true) continue;
    if (shape.type === 'list') {
      const words = await Promise.all((raw as string[]).map((w) => load(flag, w)));
      const element = shape.member ?? { type: 'string' };
      if (words.length === 1 && /^\s*\[/.test(words[0]!)) input[member] = json(flag, words[0]!);
      else input[member] = words.map((w) => scalar(flag, element, w));
      continue;
    }
    input[member] = scalar(flag, shape, await load(flag, raw as string));
  }
  const cliInput = args.options.get(CLI_INPUT_JSON);
  if (typeof cliInput === 'string') mergeCliInput(input, await load(CLI_INPUT_JSON, cliInput));
  return input;
}

/** Python's name for a JSON value's type, as botocore's messages print it. */
function pyType(value: unknown): string {
  if (value === null) return 'NoneType';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'string') return 'str';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  return 'dict';
}

/** `--cli-input-json`'s keys fill what the command line did not set (CliInputArgument._update_call_parameters). */
function mergeCliInput(input: Record<string, unknown>, text: string): void {
  let loaded: unknown;
  try {
    loaded = JSON.parse(text);
  } catch {
    throw generalError("Error parsing parameter 'cli-input-json': Invalid JSON received.", EXIT.usage);
  }
  if (pyType(loaded) !== 'dict') {
    parseError(CLI_INPUT_JSON, `Invalid type: expecting map, received <class '${pyType(loaded)}'>`);
  }
  for (const [key, value] of Object.entries(loaded as Record<string, unknown>)) {
    if (!(key in input)) input[key] = value;
  }
}

function pyValue(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function validate(value: unknown, shape: ShapeModel, name: string, errors: string[]): void {
  const min = shape.min;
  if (shape.type === 'string') {
    if (typeof value !== 'string') {
      errors.push(
        `Invalid type for parameter ${name}, value: ${pyValue(value)}, type: <class '${pyType(value)}'>, valid types: <class 'str'>`,
      );
    } else if (min !== undefined && value.length < min) {
      errors.push(`Invalid length for parameter ${name}, value: ${value.length}, valid min length: ${min}`);
    }
  } else if (shape.type === 'integer' || shape.type === 'long') {
    if (typeof value === 'number' && min !== undefined && value < min) {
      errors.push(`Invalid value for parameter ${name}, value: ${value}, valid min value: ${min}`);
    }
  } else if (shape.type === 'list' && Array.isArray(value)) {
    if (min !== undefined && value.length < min) {
      errors.push(`Invalid length for parameter ${name}, value: ${value.length}, valid min length: ${min}`);
    }
    value.forEach((item, i) => validate(item, shape.member ?? { type: 'string' }, `${name}[${i}]`, errors));
  } else if (
    shape.type === 'structure' &&
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value)
  ) {
    const record = value as Record<string, unknown>;
    const members = shape.members ?? {};
    for (const required of shape.required ?? []) {
      if (!(required in record)) errors.push(`Missing required parameter in ${name}: "${required}"`);
    }
    for (const [key, item] of Object.entries(record)) {
      if (!(key in members)) {
        errors.push(
          `Unknown parameter in ${name}: "${key}", must be one of: ${Object.keys(members).join(', ')}`,
        );
      } else validate(item, members[key]!, `${name}.${key}`, errors);
    }
  }
}

/** botocore's ParamValidator (it checks minimums only, never maximums or patterns): exit 252 on failure. */
export function validateInput(model: OperationModel, input: Record<string, unknown>): void {
  const errors: string[] = [];
  for (const required of model.input.required) {
    if (!(required in input)) errors.push(`Missing required parameter in input: "${required}"`);
  }
  for (const [member, value] of Object.entries(input)) {
    const shape = model.input.members[member];
    if (shape) validate(value, shape, member, errors);
    else {
      // Only `--cli-input-json` can bring a key the model does not have.
      const known = Object.keys(model.input.members).join(', ');
      errors.push(`Unknown parameter in input: "${member}", must be one of: ${known}`);
    }
  }
  if (errors.length) {
    throw generalError(`Parameter validation failed:\n${errors.join('\n')}`, EXIT.usage);
  }
}
