// AST rewrites applied before each run, for bash behaviour just-bash's interpreter lacks.
import type { TransformPlugin } from 'just-bash';
import { commandName, literalWord, mapTree, type AstNode } from './ast-visitor';
import { parseScript } from './parser';

/** A command node that prints bash's message and fails, keeping the original redirections. */
function failingCommand(message: string, redirections: unknown): AstNode {
  const script = parseScript(`( printf '%s\\n' '${message}' >&2; exit 1 )`);
  const subshell = script.statements[0]?.pipelines[0]?.commands[0] as unknown as AstNode;
  return { ...subshell, redirections: Array.isArray(redirections) ? redirections : [] };
}

/** `cd a b` fails with `bash: cd: too many arguments` (just-bash ignores the extra word). */
export const cdArityPlugin: TransformPlugin = {
  name: 'skillshell-cd-arity',
  transform({ ast }) {
    return {
      ast: mapTree(ast, (node) => {
        if (commandName(node) !== 'cd') return undefined;
        const args = (node.args as unknown[]).filter(
          (a) => !['-L', '-P', '--'].includes(literalWord(a) ?? ''),
        );
        return args.length >= 2
          ? failingCommand('bash: cd: too many arguments', node.redirections)
          : undefined;
      }),
    };
  },
};
