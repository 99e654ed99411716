// Runs a whole script through a sandbox the way `bash -s` reads it: statement by statement, prompts answered by the next lines.
import type { PromptRequest, Sandbox } from './types';

export interface ScriptOutput {
  /** Receives stdout text as it is produced (prompts included, as a non-terminal run prints them). */
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
}

export interface ScriptResult {
  stdout: string;
  stderr: string;
  /** The status of the last command, like the shell's exit status at end of input. */
  exitCode: number;
}

/** Splits a script into lines (a final newline does not start an empty line). */
function scriptLines(script: string): string[] {
  const lines = script.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Feeds `script` line by line: lines are accumulated until they form a complete input (`isComplete`),
 * then run. A command that prompts reads its answers from the following lines.
 */
export async function runScript(
  sandbox: Sandbox,
  script: string,
  output: ScriptOutput = {},
): Promise<ScriptResult> {
  const lines = scriptLines(script);
  let next = 0;
  let stdout = '';
  let stderr = '';
  let exitCode = 0;
  const out = (text: string) => {
    if (!text) return;
    stdout += text;
    output.stdout?.(text);
  };
  const err = (text: string) => {
    if (!text) return;
    stderr += text;
    output.stderr?.(text);
  };
  const readLine = async (request: PromptRequest): Promise<string | null> => {
    out(request.prompt);
    return next < lines.length ? (lines[next++] ?? '') : null;
  };
  while (next < lines.length) {
    const buffer: string[] = [];
    do buffer.push(lines[next++] ?? '');
    while (next < lines.length && !sandbox.isComplete(buffer.join('\n')));
    const result = await sandbox.run(`${buffer.join('\n')}\n`, { readLine });
    out(result.stdout);
    err(result.stderr);
    if (buffer.join('').trim() !== '') exitCode = result.exitCode;
  }
  return { stdout, stderr, exitCode };
}
