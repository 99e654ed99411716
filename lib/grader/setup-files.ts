// Writes ~/.aws files for exercise setups the way `aws configure` does (`key = value`, `[profile x]` in config).
import { defaultAccount } from '../aws/default-account';
import { bytesToBase64, etagOf } from '../aws/services/s3/store';
import type { AccessKey, SimulatedAccount } from '../aws/types';
import { sampleUserKey } from './issued-keys';

/** `~/.aws/credentials` text with one `[name]` section per profile. */
export function credentialsFileText(profiles: Record<string, AccessKey>): string {
  return Object.entries(profiles)
    .map(
      ([name, key]) =>
        `[${name}]\naws_access_key_id = ${key.accessKeyId}\naws_secret_access_key = ${key.secretAccessKey}\n`,
    )
    .join('');
}

/** `~/.aws/config` text: `[default]`, `[profile name]` for the others. */
export function configFileText(profiles: Record<string, { region?: string; output?: string }>): string {
  return Object.entries(profiles)
    .map(([name, values]) => {
      const header = name === 'default' ? '[default]' : `[profile ${name}]`;
      const lines = Object.entries(values).map(([key, value]) => `${key} = ${value}\n`);
      return `${header}\n${lines.join('')}`;
    })
    .join('');
}

/**
 * Setup files of a home where the default profile is already configured (what exercise 1 ends with):
 * sample_user's keys, region eu-west-1, output json, both files 0600 as `aws configure` leaves them.
 */
export function configuredDefaultProfileFiles(): Record<string, { content: string; mode: number }> {
  return {
    '~/.aws/credentials': { content: credentialsFileText({ default: sampleUserKey }), mode: 0o600 },
    '~/.aws/config': {
      content: configFileText({ default: { region: 'eu-west-1', output: 'json' } }),
      mode: 0o600,
    },
  };
}

/** A bucket an exercise starts with: objects as key → text, all written at `lastModified`. */
export interface SetupBucket {
  name: string;
  region?: string;
  objects?: Record<string, string>;
}

/**
 * The default account (sample_user and example_1, both administrators) plus these buckets. Their objects are
 * dated 2026-01-10, so files the learner has locally count as newer for `aws s3 sync`.
 */
export function accountWithBuckets(buckets: SetupBucket[]): SimulatedAccount {
  const account = structuredClone(defaultAccount);
  const lastModified = '2026-01-10T09:00:00+00:00';
  for (const { name, region, objects = {} } of buckets) {
    const entries = Object.entries(objects).map(([key, text]) => {
      const bytes = new TextEncoder().encode(text);
      const object = { body: bytesToBase64(bytes), etag: etagOf(bytes), size: bytes.length, lastModified };
      return [key, object] as const;
    });
    account.buckets!.push({
      name,
      creationDate: '2026-01-05T08:00:00+00:00',
      ...(region && { region }),
      objects: Object.fromEntries(entries),
    });
  }
  return account;
}

/**
 * Setup files of a home with only an `admin` profile (no default profile): sample_user's keys (it has
 * AdministratorAccess in the default account), region eu-west-1, output json, both files 0600.
 */
export function adminProfileFiles(): Record<string, { content: string; mode: number }> {
  return {
    '~/.aws/credentials': { content: credentialsFileText({ admin: sampleUserKey }), mode: 0o600 },
    '~/.aws/config': {
      content: configFileText({ admin: { region: 'eu-west-1', output: 'json' } }),
      mode: 0o600,
    },
  };
}
