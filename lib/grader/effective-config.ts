// The effective AWS configuration a check asks about: which profile, keys, region and output `aws` would use,
// computed by the same resolution code as the simulated `aws` command (lib/aws `resolveConfiguration`).
import { resolveConfiguration, type ResolvedValue } from '../aws/resolve-configuration';
import type { AwsFileSystem, SimulatedAccount, SimulatedUser } from '../aws/types';

/** Where a value came from, in the words of `aws configure list` (`env`, `shared-credentials-file`, ...). */
export type ConfigSource = 'option' | 'env' | 'shared-credentials-file' | 'config-file';

export interface ConfigValue {
  value: string;
  source: ConfigSource;
}

/** Which configuration to compute. */
export interface EffectiveConfigQuery {
  /** As if `--profile NAME` were given. */
  profile?: string;
  /**
   * `session` (default): the learner's exported variables count, like a command typed now.
   * `files-only`: ignore every `AWS_*` variable, i.e. what the files alone say.
   */
  env?: 'session' | 'files-only';
}

export interface EffectiveConfig {
  /** The profile in use and why (`option` = `--profile`, `env` = `AWS_PROFILE`, `default`). */
  profile: { name: string; source: 'option' | 'env' | 'default' };
  accessKey?: ConfigValue;
  secretKey?: ConfigValue;
  /** Only what the learner configured: absent when unset (even though the CLI then prints json). */
  region?: ConfigValue;
  output?: ConfigValue;
  /** Set when `aws` would stop before doing anything (e.g. a missing profile), worded like the CLI. */
  error?: string;
}

/** What the resolution needs: the exported env, the cwd and read access to the files. */
export interface ResolveInput {
  env: Record<string, string>;
  cwd: string;
  /** A file's text by absolute path, or null. */
  readFile: (path: string) => string | null;
  /** As if `--profile` were given. */
  profileOption?: string;
}

/** A read-only AwsFileSystem over the snapshot: resolution only reads. */
function readOnlyFs(readFile: ResolveInput['readFile']): AwsFileSystem {
  const refuse = async () => {
    throw new Error('grading never writes files');
  };
  return {
    readFile: async (path) => readFile(path),
    writeFile: refuse,
    mkdirp: refuse,
    exists: async (path) => readFile(path) !== null,
  };
}

function sourced(value: ResolvedValue | null): ConfigValue | undefined {
  if (!value) return undefined;
  if (value.source === 'manual') return { value: value.value, source: 'option' };
  if (
    value.source === 'env' ||
    value.source === 'config-file' ||
    value.source === 'shared-credentials-file'
  ) {
    return { value: value.value, source: value.source };
  }
  return undefined; // the CLI's built-in default (output json) is not something the learner configured
}

/** The configuration `aws` would use, computed by lib/aws's `resolveConfiguration` (the commands' own chain). */
export async function resolveEffectiveConfig(input: ResolveInput): Promise<EffectiveConfig> {
  const resolved = await resolveConfiguration({
    env: input.env,
    fs: readOnlyFs(input.readFile),
    cwd: input.cwd,
    profileOption: input.profileOption,
  });
  const { profile } = resolved;
  const result: EffectiveConfig = {
    profile: {
      name: profile.value,
      source: profile.source === 'manual' ? 'option' : profile.source === 'env' ? 'env' : 'default',
    },
  };
  if (resolved.error) {
    // The CLI would stop here (missing profile, partial credentials, unparsable file): keep its words.
    result.error = resolved.error.message.replace(/\.$/, '');
    return result;
  }
  const accessKey = sourced(resolved.accessKey);
  const secretKey = sourced(resolved.secretKey);
  if (accessKey && secretKey) Object.assign(result, { accessKey, secretKey });
  const region = sourced(resolved.region);
  if (region) result.region = region;
  const output = sourced(resolved.output);
  if (output) result.output = output;
  return result;
}

/** The simulated user whose issued key pair the configuration uses, or null (no, unknown or mismatched keys). */
export function identityOf(config: EffectiveConfig, account: SimulatedAccount): SimulatedUser | null {
  if (!config.accessKey || !config.secretKey) return null;
  for (const user of account.users) {
    for (const key of user.accessKeys) {
      if (key.accessKeyId === config.accessKey.value && key.secretAccessKey === config.secretKey.value)
        return user;
    }
  }
  return null;
}
