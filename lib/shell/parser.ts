// just-bash's parser, reachable in the browser build too (which exports only Bash and defineCommand).
import { Bash, type ScriptNode } from 'just-bash';

let parserShell: Bash | null = null;

/**
 * Parses a script into just-bash's AST. Throws like the interpreter does (`ParseException`,
 * `LexerError`) on bad or incomplete input. Uses a private, command-less interpreter's `transform`.
 */
export function parseScript(script: string): ScriptNode {
  parserShell ??= new Bash({ commands: [] });
  return parserShell.transform(script).ast;
}
