// Runs a bash script in a sandbox the way `bash -s` reads it: statement by statement, and a command
// that prompts (e.g. `aws configure`) takes its answers from the script's following lines.
import type { Sandbox } from '../shell/types';

/** Combined output of a script run; `exitCode` is the last statement's status. */
export interface ScriptResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Runs `script` in `sandbox`; prompt texts are written to stdout like the headless runner does. */
export async function runScript(sandbox: Sandbox, script: string): Promise<ScriptResult> {
  const lines = script.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let stdout = '';
  let stderr = '';
  let exitCode = 0;
  const readLine = async ({ prompt }: { prompt: string }) => {
    stdout += prompt;
    const answer = lines.shift();
    return answer === undefined ? null : answer;
  };
  while (lines.length > 0) {
    let input = lines.shift() as string;
    while (!sandbox.isComplete(input) && lines.length > 0) input += '\n' + lines.shift();
    if (input.trim() === '') continue;
    const result = await sandbox.run(input, { readLine });
    stdout += result.stdout;
    stderr += result.stderr;
    exitCode = result.exitCode;
  }
  return { stdout, stderr, exitCode };
}
