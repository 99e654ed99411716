// Small helpers to build command results.
import type { OutputWrite } from '../output-order';

export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** stdout and stderr as written, in order, when a command writes both (`&>` and `|&` keep that order). */
  writes?: OutputWrite[];
}

export function ok(stdout = ''): CommandResult {
  return { stdout, stderr: '', exitCode: 0 };
}

export function fail(stderr: string, exitCode = 1, stdout = ''): CommandResult {
  return { stdout, stderr: stderr.endsWith('\n') ? stderr : `${stderr}\n`, exitCode };
}
