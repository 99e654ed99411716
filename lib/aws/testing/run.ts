// Test helper: runs `aws` against an in-memory home with the default account.
import { runAws } from '../index';
import { defaultAccount } from '../default-account';
import type { AwsResult, ReadLine, SimulatedAccount } from '../types';
import { MemoryFileSystem, type FixtureEntry } from './memory-fs';

export const HOME = '/home/learner';

export const SAMPLE_KEYS = {
  AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};

export interface RunOptions {
  files?: Record<string, FixtureEntry>;
  env?: Record<string, string>;
  stdin?: string;
  readLine?: ReadLine;
  fs?: MemoryFileSystem;
  /** Default: a fresh copy of the default account (calls record key use in it). */
  account?: SimulatedAccount;
}

/** Runs one command line (already split into words). */
export async function aws(
  argv: string[],
  options: RunOptions = {},
): Promise<AwsResult & { fs: MemoryFileSystem }> {
  const fs = options.fs ?? new MemoryFileSystem();
  if (!options.fs) await fs.seed(HOME, options.files ?? {});
  const result = await runAws({
    argv,
    env: { HOME, ...options.env },
    cwd: HOME,
    fs,
    stdin: options.stdin,
    readLine: options.readLine ?? (async () => null),
    account: options.account ?? structuredClone(defaultAccount),
  });
  return { ...result, fs };
}
