// Shell functions outlive the input that defined them, as in interactive bash: just-bash forgets them
// after each run, so the session remembers the definitions and hands them to the next run.
import type { ScriptNode } from 'just-bash';

interface WordLike {
  parts?: { type: string; value?: string }[];
}
interface CommandLike {
  type: string;
  name?: string | WordLike;
  args?: WordLike[];
}

function literal(word: WordLike | undefined): string | null {
  const parts = word?.parts;
  if (!parts || parts.length !== 1 || parts[0]?.type !== 'Literal') return null;
  return parts[0].value ?? null;
}

/**
 * Applies one parsed input's top-level function definitions (`f() { ...; }`, `function f { ...; }`) and
 * `unset -f NAME` to `functions`, in order. Definitions inside `if`, loops or sourced files are not tracked.
 */
export function rememberFunctions(functions: Map<string, unknown>, ast: ScriptNode): void {
  const statements = ast.statements as unknown as { pipelines: { commands: CommandLike[] }[] }[];
  for (const statement of statements) {
    for (const pipeline of statement.pipelines) {
      for (const command of pipeline.commands) {
        if (command.type === 'FunctionDef' && typeof command.name === 'string') {
          functions.set(command.name, command);
        } else if (command.type === 'SimpleCommand' && literal(command.name as WordLike) === 'unset') {
          const args = (command.args ?? []).map(literal);
          if (!args.includes('-f')) continue;
          for (const name of args) if (name && !name.startsWith('-')) functions.delete(name);
        }
      }
    }
  }
}
