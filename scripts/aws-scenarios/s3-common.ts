// Shared setup of the S3 scenarios: the default profile, one worker thread (transfers finish in listing order,
// so multi-file output is deterministic) and a small tree of local files.
import { CONFIG_DEFAULT, CREDS_DEFAULT, type ScenarioSpec, type SetupEntry } from './types';

/** Later than any recording, so local files are always older than what the stub stores. */
export const S3_CLOCK = '2030-01-01T00:00:00.000Z';

export const S3_FILES: Record<string, SetupEntry> = {
  '.aws': { type: 'directory', mode: 0o755 },
  '.aws/credentials': { content: CREDS_DEFAULT, mode: 0o600 },
  '.aws/config': { content: `${CONFIG_DEFAULT}s3 =\n  max_concurrent_requests = 1\n`, mode: 0o600 },
  'a.txt': { content: 'hello\n' },
  'dir/b.txt': { content: 'bee\n' },
  'dir/c.log': { content: 'log line\n' },
  'dir/sub/d.txt': { content: 'deep\n' },
};

export const s3 = (...args: string[]) => ({ args: ['s3', ...args] });

/** A stub-backed scenario with the S3 setup (`extra.files` replaces it). */
export function s3Scenario(
  name: string,
  description: string,
  steps: ScenarioSpec['steps'],
  extra: Partial<ScenarioSpec> = {},
): ScenarioSpec {
  return { name, description, files: S3_FILES, stub: true, clock: S3_CLOCK, ...extra, steps };
}
