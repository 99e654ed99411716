// The effective AWS configuration a check asks about: which profile, keys, region and output `aws` would use.
// PROVISIONAL resolution until lib/aws exports its own (then this file only adapts its result).
import type { SimulatedAccount, SimulatedUser } from '../aws/types';
import { findSection, type SharedFile } from './shared-files';

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
  region?: ConfigValue;
  output?: ConfigValue;
  /** Set when `aws` would stop before doing anything (e.g. a missing profile), worded like the CLI. */
  error?: string;
}

/** What the resolution needs: the exported env and the two shared files (already located and parsed). */
export interface ResolveInput {
  env: Record<string, string>;
  profileOption?: string;
  credentialsFile: SharedFile | null;
  configFile: SharedFile | null;
}

/** Resolves like the AWS CLI v2 for the subset the exercises use. */
export function resolveEffectiveConfig(input: ResolveInput): EffectiveConfig {
  const { env, profileOption, credentialsFile, configFile } = input;
  const fromEnv = (name: string) => (env[name] ? env[name] : undefined);
  const envProfile = fromEnv('AWS_PROFILE') ?? fromEnv('AWS_DEFAULT_PROFILE');
  const profile: EffectiveConfig['profile'] = profileOption
    ? { name: profileOption, source: 'option' }
    : envProfile
      ? { name: envProfile, source: 'env' }
      : { name: 'default', source: 'default' };
  const credSection = credentialsFile ? findSection(credentialsFile, profile.name) : undefined;
  const configName = profile.name === 'default' ? 'default' : `profile ${profile.name}`;
  const configSection = configFile
    ? (findSection(configFile, configName) ??
      (profile.name === 'default' ? findSection(configFile, 'profile default') : undefined))
    : undefined;
  const result: EffectiveConfig = { profile };
  if (profile.source !== 'default' && !credSection && !configSection) {
    result.error = `The config profile (${profile.name}) could not be found`;
    return result;
  }
  const envKey = fromEnv('AWS_ACCESS_KEY_ID');
  const envSecret = fromEnv('AWS_SECRET_ACCESS_KEY');
  if (profile.source !== 'option' && envKey && envSecret) {
    result.accessKey = { value: envKey, source: 'env' };
    result.secretKey = { value: envSecret, source: 'env' };
  } else {
    for (const [section, source] of [
      [credSection, 'shared-credentials-file'],
      [configSection, 'config-file'],
    ] as const) {
      const key = section?.values.aws_access_key_id;
      const secret = section?.values.aws_secret_access_key;
      if (key && secret) {
        result.accessKey = { value: key, source };
        result.secretKey = { value: secret, source };
        break;
      }
    }
  }
  const envRegion = fromEnv('AWS_REGION') ?? fromEnv('AWS_DEFAULT_REGION');
  if (envRegion) result.region = { value: envRegion, source: 'env' };
  else if (configSection?.values.region)
    result.region = { value: configSection.values.region, source: 'config-file' };
  const envOutput = fromEnv('AWS_DEFAULT_OUTPUT');
  if (envOutput) result.output = { value: envOutput, source: 'env' };
  else if (configSection?.values.output)
    result.output = { value: configSection.values.output, source: 'config-file' };
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
