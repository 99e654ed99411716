// AST rewrites applied before each run, for bash behaviour just-bash's interpreter lacks.
import type { TransformPlugin } from 'just-bash';
import { commandName, isSimpleCommand, literalWord, mapTree, type AstNode } from './ast-visitor';
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

/** The words of an alias value that is one plain command (`ls -l`), else null (pipelines, assignments…). */
function aliasWords(value: string): unknown[] | null {
  let script;
  try {
    script = parseScript(value);
  } catch {
    return null;
  }
  const statement = script.statements.length === 1 ? script.statements[0] : undefined;
  const pipeline = statement?.pipelines.length === 1 ? statement.pipelines[0] : undefined;
  const command = pipeline?.commands.length === 1 ? (pipeline.commands[0] as unknown as AstNode) : undefined;
  if (!command || !isSimpleCommand(command) || !command.name) return null;
  if (command.assignments.length > 0 || command.redirections.length > 0) return null;
  return [command.name, ...command.args];
}

/**
 * An alias whose value ends in a blank makes bash alias-expand the next word too (`alias sudo='sudo '`):
 * just-bash looks at the alias value's own first argument instead, so the next words are expanded here,
 * with the aliases defined before this input (as bash expands aliases when it reads a line).
 */
export function aliasChainPlugin(aliasOf: (name: string) => string | undefined): TransformPlugin {
  return {
    name: 'skillshell-alias-chain',
    transform({ ast }) {
      return {
        ast: mapTree(ast, (node) => {
          const name = commandName(node);
          let value = name === null ? undefined : aliasOf(name);
          if (!value?.endsWith(' ') || !isSimpleCommand(node)) return undefined;
          const args: unknown[] = [...node.args];
          let index = 0;
          while (value?.endsWith(' ') && index < args.length) {
            const word = literalWord(args[index]);
            value = word === null ? undefined : aliasOf(word);
            const words = value === undefined ? null : aliasWords(value);
            if (!words) break;
            args.splice(index, 1, ...words);
            index += words.length;
          }
          return index > 0 ? ({ ...node, args } as unknown as AstNode) : undefined;
        }),
      };
    },
  };
}
