// Setting names the AWS CLI v2 reads from ~/.aws/config and ~/.aws/credentials, and common misspellings.

import { CREDENTIAL_KEYS, KNOWN_CONFIG_KEYS } from '../aws/config/known-names';

/** Keys that hold credentials (they belong in the credentials file). */
export const credentialKeys: readonly string[] = CREDENTIAL_KEYS;

/** Profile settings of the config file (the credentials file may hold them too: the CLI merges both). */
export const configKeys: readonly string[] = KNOWN_CONFIG_KEYS.filter(
  (key) => !CREDENTIAL_KEYS.includes(key),
);

/** Misspellings seen in the wild, with the name the CLI expects. */
export const knownMisspellings: Record<string, string> = {
  aws_access_key: 'aws_access_key_id',
  access_key: 'aws_access_key_id',
  access_key_id: 'aws_access_key_id',
  aws_access_id: 'aws_access_key_id',
  aws_key_id: 'aws_access_key_id',
  aws_secret_key: 'aws_secret_access_key',
  secret_key: 'aws_secret_access_key',
  secret_access_key: 'aws_secret_access_key',
  aws_secret_key_id: 'aws_secret_access_key',
  aws_secret_access_key_id: 'aws_secret_access_key',
  session_token: 'aws_session_token',
  aws_region: 'region',
  default_region: 'region',
  aws_default_region: 'region',
  regoin: 'region',
  reigon: 'region',
  output_format: 'output',
  default_output: 'output',
};

/** Values `output` accepts. */
export const outputFormats = ['json', 'text', 'table', 'yaml', 'yaml-stream'];

/** AWS's documented example access key ids: safe to type anywhere. */
export const exampleAccessKeyIds = ['AKIAIOSFODNN7EXAMPLE', 'AKIAI44QH8DHBEXAMPLE'];

/** Levenshtein distance, for "did you mean". */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest name within `maxDistance` edits, or null. */
export function closest(name: string, candidates: string[], maxDistance = 2): string | null {
  let best: string | null = null;
  let bestDistance = maxDistance + 1;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
