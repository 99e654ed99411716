// AST rewrites applied before each run, for bash behaviour just-bash's interpreter lacks.
import type { TransformPlugin } from 'just-bash';
import { parseScript } from './parser';

type Node = { [key: string]: unknown };

function literalName(node: Node): string | null {
  const parts = (node.name as Node | null)?.parts;
  if (!Array.isArray(parts) || parts.length !== 1) return null;
  const part = parts[0] as Node;
  return part.type === 'Literal' ? String(part.value) : null;
}

function literalWord(word: unknown): string | null {
  const parts = (word as Node).parts;
  if (!Array.isArray(parts) || parts.length !== 1) return null;
  const part = parts[0] as Node;
  return part.type === 'Literal' ? String(part.value) : null;
}

/** A command node that prints bash's message and fails, keeping the original redirections. */
function failingCommand(message: string, redirections: unknown): Node {
  const script = parseScript(`( printf '%s\\n' '${message}' >&2; exit 1 )`) as unknown as Node;
  const statement = (script.statements as Node[])[0] as Node;
  const pipeline = (statement.pipelines as Node[])[0] as Node;
  const subshell = (pipeline.commands as Node[])[0] as Node;
  return { ...subshell, redirections: Array.isArray(redirections) ? redirections : [] };
}

function rewrite(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewrite);
  if (!value || typeof value !== 'object') return value;
  const node = value as Node;
  if (node.type === 'SimpleCommand' && literalName(node) === 'cd') {
    const args = (node.args as unknown[]).filter((a) => !['-L', '-P', '--'].includes(literalWord(a) ?? ''));
    if (args.length >= 2) return failingCommand('bash: cd: too many arguments', node.redirections);
  }
  const copy: Node = {};
  for (const [key, child] of Object.entries(node)) copy[key] = rewrite(child);
  return copy;
}

/** `cd a b` fails with `bash: cd: too many arguments` (just-bash ignores the extra word). */
export const cdArityPlugin: TransformPlugin = {
  name: 'skillshell-cd-arity',
  transform({ ast }) {
    return { ast: rewrite(ast) as typeof ast };
  },
};
