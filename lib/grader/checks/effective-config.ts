// Check: the configuration `aws` would use (profile, identity, where credentials come from, region, output).
import {
  identityOf,
  type ConfigSource,
  type ConfigValue,
  type EffectiveConfigQuery,
} from '../effective-config';
import type { SimulatedAccount } from '../../aws/types';
import type { Check } from '../types';

export interface EffectiveConfigOptions {
  id: string;
  label: string;
  /** Which configuration: `--profile`, and whether the session's `AWS_*` variables count. */
  query?: EffectiveConfigQuery;
  expect: {
    /** The simulated user the credentials belong to (key and secret must both match an issued pair). */
    identity?: string;
    credentialsSource?: ConfigSource;
    region?: string;
    output?: string;
  };
}

const SOURCE_WORDS: Record<ConfigSource, string> = {
  option: 'a command-line option',
  env: 'environment variables',
  'shared-credentials-file': 'the shared credentials file',
  'config-file': 'the config file',
};

/** How the message introduces the situation, e.g. "With `--profile example_1`". */
function situation(query: EffectiveConfigQuery): string {
  if (query.profile) return `With \`--profile ${query.profile}\``;
  if (query.env === 'files-only') return 'For the default profile';
  return 'In your session (no `--profile`)';
}

function describe(value: ConfigValue | undefined): string {
  return value ? `\`${value.value}\` (from ${SOURCE_WORDS[value.source]})` : 'not set';
}

/** Why AWS would refuse this key: an id the account does not know, or the wrong secret for a known one. */
function unusableKey(account: SimulatedAccount, keyId: string): string {
  const owner = account.users.find((u) => u.accessKeys.some((k) => k.accessKeyId === keyId));
  return owner
    ? `\`aws\` uses the access key \`${keyId}\` of \`${owner.userName}\` with a secret access key that is not that key's (a typo, or another key's secret).`
    : `\`aws\` uses the access key \`${keyId}\`, which the account does not know: it was never issued, or it was deleted.`;
}

export function effectiveConfig({ id, label, query = {}, expect }: EffectiveConfigOptions): Check {
  return {
    id,
    label,
    async run(state) {
      const config = await state.effectiveConfig(query);
      const intro = situation(query);
      if (config.error) return { pass: false, message: `${intro}, \`aws\` stops: ${config.error}.` };
      if (expect.identity !== undefined || expect.credentialsSource !== undefined) {
        if (!config.accessKey) return { pass: false, message: `${intro}, \`aws\` finds no credentials.` };
        if (expect.identity !== undefined) {
          const user = identityOf(config, state.account);
          const keyId = config.accessKey.value;
          if (!user) return { pass: false, message: `${intro}, ${unusableKey(state.account, keyId)}` };
          const key = user.accessKeys.find((k) => k.accessKeyId === keyId);
          if (key?.status === 'Inactive') {
            return {
              pass: false,
              message: `${intro}, \`aws\` uses the access key \`${keyId}\` of \`${user.userName}\`, which is Inactive: AWS refuses it.`,
            };
          }
          if (user.userName !== expect.identity) {
            return {
              pass: false,
              message: `${intro}, \`aws\` acts as \`${user.userName}\`; expected \`${expect.identity}\`.`,
            };
          }
        }
        if (expect.credentialsSource && config.accessKey.source !== expect.credentialsSource) {
          return {
            pass: false,
            message:
              `${intro}, credentials come from ${SOURCE_WORDS[config.accessKey.source]};` +
              ` expected ${SOURCE_WORDS[expect.credentialsSource]}.`,
          };
        }
      }
      for (const field of ['region', 'output'] as const) {
        const wanted = expect[field];
        if (wanted !== undefined && config[field]?.value !== wanted) {
          return {
            pass: false,
            message: `${intro}, the ${field} is ${describe(config[field])}; expected \`${wanted}\`.`,
          };
        }
      }
      return { pass: true };
    },
  };
}
