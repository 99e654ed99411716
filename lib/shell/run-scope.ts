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
