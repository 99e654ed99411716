// Small helpers to build command results.
export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export function ok(stdout = ''): CommandResult {
  return { stdout, stderr: '', exitCode: 0 };
}

export function fail(stderr: string, exitCode = 1, stdout = ''): CommandResult {
  return { stdout, stderr: stderr.endsWith('\n') ? stderr : `${stderr}\n`, exitCode };
}
