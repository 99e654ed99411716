// A pure view of the effective configuration (profile, keys, region, output, with sources), computed by
// the same Session and credential chain the commands use; for graders, diagnostics and `configure list`.
import type { AwsFileSystem } from './types';
import { CliExit } from './cli/errors';
import { resolveCredentials, type CredentialMethod } from './config/resolve-credentials';
import { Session, type ValueSource } from './config/session';

/** Where a resolved value came from: a session source or a credential provider. */
export type ConfigurationSource = ValueSource | CredentialMethod;

/** A value with its origin; `location` is the variable, option or file setting it was read from. */
export interface ResolvedValue {
  value: string;
  source: ConfigurationSource;
  location: string;
}

export interface ResolveConfigurationOptions {
  /** Exported variables only. */
  env: Record<string, string>;
  fs: AwsFileSystem;
  /** For relative AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE; defaults to HOME. */
  cwd?: string;
  /** As if `--profile` were given (an explicit profile ignores env credentials). */
  profileOption?: string;
  /** As if `--region` were given. */
  regionOption?: string;
  /** As if `--output` were given. */
  outputOption?: string;
}

export interface ResolvedConfiguration {
  /** The profile name in use; `default` with source `default` when nothing names one. */
  profile: ResolvedValue;
  accessKey: ResolvedValue | null;
  secretKey: ResolvedValue | null;
  sessionToken: ResolvedValue | null;
  region: ResolvedValue | null;
  /** `json` with source `default` when nothing sets it. */
  output: ResolvedValue;
  /** Absolute paths of the two shared files the CLI would read. */
  configFile: string;
  credentialsFile: string;
  /** What the CLI would print instead of working (unparsable file, missing profile, partial keys). */
  error: { message: string; exitCode: number } | null;
}

/** Resolves everything the real CLI would use, without ever throwing for a user's mistake. */
export async function resolveConfiguration(
  options: ResolveConfigurationOptions,
): Promise<ResolvedConfiguration> {
  const session = new Session({
    env: options.env,
    fs: options.fs,
    cwd: options.cwd ?? options.env.HOME ?? '/home/learner',
    profileOption: options.profileOption,
    regionOption: options.regionOption,
    outputOption: options.outputOption,
  });
  const named = session.profile;
  const result: ResolvedConfiguration = {
    profile: named ?? { value: 'default', source: 'default', location: '' },
    accessKey: null,
    secretKey: null,
    sessionToken: null,
    region: null,
    output: { value: 'json', source: 'default', location: '' },
    configFile: session.resolve(session.configFileSetting),
    credentialsFile: session.resolve(session.credentialsFileSetting),
    error: null,
  };
  try {
    await session.fullConfig();
    const credentials = await resolveCredentials(session);
    if (credentials) {
      const location =
        credentials.method === 'env'
          ? 'AWS_ACCESS_KEY_ID'
          : credentials.method === 'shared-credentials-file'
            ? session.credentialsFileSetting
            : session.configFileSetting;
      result.accessKey = { value: credentials.accessKey, source: credentials.method, location };
      result.secretKey = {
        value: credentials.secretKey,
        source: credentials.method,
        location: credentials.method === 'env' ? 'AWS_SECRET_ACCESS_KEY' : location,
      };
      if (credentials.sessionToken !== null) {
        result.sessionToken = { value: credentials.sessionToken, source: credentials.method, location };
      }
    }
    result.region = await session.region();
    result.output = await session.output();
  } catch (error) {
    if (!(error instanceof CliExit)) throw error;
    result.error = { message: error.result.stderr.trim(), exitCode: error.result.exitCode };
  }
  return result;
}
