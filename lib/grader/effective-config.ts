// The effective AWS configuration a check asks about: which profile, keys, region and output `aws` would use,
// computed by the same resolution code as the simulated `aws` command (lib/aws Session + credential chain).
import { CliExit } from '../aws/cli/errors';
import { resolveCredentials } from '../aws/config/resolve-credentials';
import { Session, type Sourced } from '../aws/config/session';
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

function sourced(value: Sourced | null): ConfigValue | undefined {
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

/** The configuration `aws` would use, computed by lib/aws's own Session and credential chain. */
export async function resolveEffectiveConfig(input: ResolveInput): Promise<EffectiveConfig> {
  const session = new Session({
    env: input.env,
    fs: readOnlyFs(input.readFile),
    cwd: input.cwd,
    profileOption: input.profileOption,
  });
  const profile = session.profile;
  const result: EffectiveConfig = {
    profile: profile
      ? { name: profile.value, source: profile.source === 'manual' ? 'option' : 'env' }
      : { name: 'default', source: 'default' },
  };
  try {
    const credentials = await resolveCredentials(session);
    if (credentials) {
      result.accessKey = { value: credentials.accessKey, source: credentials.method };
      result.secretKey = { value: credentials.secretKey, source: credentials.method };
    }
    result.region = sourced(await session.region());
    result.output = sourced(await session.output());
  } catch (error) {
    // The CLI would stop here (missing profile, partial credentials, unparsable file): keep its words.
    if (!(error instanceof CliExit)) throw error;
    result.error = error.result.stderr.trim().replace(/\.$/, '');
  }
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
