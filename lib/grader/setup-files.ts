// Writes ~/.aws files for exercise setups the way `aws configure` does (`key = value`, `[profile x]` in config).
import type { AccessKey } from '../aws/types';
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
