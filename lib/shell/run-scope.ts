// What the sandbox's own commands need to know about the run in progress (prompt channel, effects, stdin).
import type { AwsCallRecord, ReadLine, SandboxEffect } from './types';

/** State of one `run()`: created when it starts, dropped when it ends. */
export interface RunScope {
  readLine: ReadLine;
  effects: SandboxEffect[];
  /** For each `aws` word in the input (source order): whether its stdin comes from a pipe or redirection. */
  awsStdinSites: boolean[];
  /** How many `aws` commands ran so far in this run. */
  awsCalls: number;
  signal?: AbortSignal;
  /** Hands the simulated CLI's record of the `aws` call being run to the execution records. */
  awsRecord?: (record: AwsCallRecord | undefined) => void;
}

/** A ReadLine that always answers end of input (no terminal attached). */
export const endOfInput: ReadLine = async () => null;

/** Races a prompt against Ctrl+C: an aborted run reads end of input. */
export function abortable(readLine: ReadLine, signal?: AbortSignal): ReadLine {
  if (!signal) return readLine;
  return (request) =>
    new Promise((resolve, reject) => {
      if (signal.aborted) return resolve(null);
      const onAbort = () => resolve(null);
      signal.addEventListener('abort', onAbort, { once: true });
      readLine(request).then(
        (line) => {
          signal.removeEventListener('abort', onAbort);
          resolve(line);
        },
        (error) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
}

/** The prompt `read` shows on a terminal: its `-p TEXT`; `-s` input is not echoed. */
export function readPrompt(args: string[]): { prompt: string; echo: boolean } {
  let prompt = '';
  let echo = true;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('-') || arg === '--') break;
    if (arg.includes('s')) echo = false;
    const p = arg.indexOf('p');
    if (p > 0) prompt = p < arg.length - 1 ? arg.slice(p + 1) : (args[++i] ?? '');
  }
  return { prompt, echo };
}
