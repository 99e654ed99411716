// botocore's default credential chain, limited to what a sandbox can hold: environment variables,
// the shared credentials file, then the config file (an explicit --profile skips the environment).
import { generalError, partialCredentialsError } from '../cli/errors';
import type { CredentialChainStep } from '../explanation';
import type { SharedFileSection } from './parse-shared-file';
import type { Session } from './session';
import { pyRepr } from './python-text';

/** Where credentials came from, named like botocore's `Credentials.method`. */
export type CredentialMethod = 'env' | 'assume-role' | 'shared-credentials-file' | 'config-file';

/** A role profile (`role_arn` + `source_profile`): the CLI assumes the role with the source's credentials. */
export interface RoleProfile {
  profile: string;
  roleArn: string;
  sourceProfile: string;
  roleSessionName?: string;
  durationSeconds?: number;
  externalId?: string;
  /** The source profile's credentials (themselves possibly a role profile). */
  source: ResolvedCredentials;
}

/** A resolved key pair and its origin. */
export interface ResolvedCredentials {
  accessKey: string;
  secretKey: string;
  sessionToken: string | null;
  /** AWS_CREDENTIAL_EXPIRATION as Python's isoformat() prints it (env credentials only). */
  expiryTime?: string | null;
  method: CredentialMethod;
  /** Set for method `assume-role`: the keys above are then the source profile's, used to call AssumeRole. */
  role?: RoleProfile;
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  // A nested block where a key belongs: Python would hand on a dict; print it like Python's repr.
  if (value instanceof Map) return `{${[...value].map(([k, v]) => `'${k}': '${v}'`).join(', ')}}`;
  return '';
}

/** dateutil's parse + isoformat for ISO 8601 timestamps: `Z` becomes `+00:00`, fractions get 6 digits. */
export function isoExpiry(text: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    text.trim(),
  );
  if (!match) return text;
  const fraction = match[3] ? `.${match[3].slice(0, 6).padEnd(6, '0')}` : '';
  const zone =
    match[4] === undefined
      ? ''
      : match[4] === 'Z'
        ? '+00:00'
        : match[4].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  return `${match[1]}T${match[2]}${fraction}${zone === '-00:00' ? '+00:00' : zone}`;
}

function fromEnvironment(env: Record<string, string>): ResolvedCredentials | null {
  const accessKey = env.AWS_ACCESS_KEY_ID ?? '';
  if (!accessKey) return null;
  const secretKey = env.AWS_SECRET_ACCESS_KEY ?? '';
  if (!secretKey) throw partialCredentialsError('env', 'AWS_SECRET_ACCESS_KEY');
  const sessionToken = env.AWS_SECURITY_TOKEN || env.AWS_SESSION_TOKEN || null;
  const expiry = env.AWS_CREDENTIAL_EXPIRATION || null;
  return { accessKey, secretKey, sessionToken, method: 'env', expiryTime: expiry && isoExpiry(expiry) };
}

function fromSection(
  section: SharedFileSection | undefined,
  method: CredentialMethod,
): ResolvedCredentials | null {
  if (!section || !section.has('aws_access_key_id')) return null;
  if (!section.has('aws_secret_access_key')) throw partialCredentialsError(method, 'aws_secret_access_key');
  const token = section.get('aws_security_token') ?? section.get('aws_session_token');
  return {
    accessKey: text(section.get('aws_access_key_id')),
    secretKey: text(section.get('aws_secret_access_key')),
    sessionToken: token === undefined ? null : text(token),
    method,
  };
}

const invalidConfig = (message: string) => generalError(message);

/** botocore's AssumeRoleProvider._get_role_config and source profile resolution (one file of profiles). */
async function roleProfile(
  session: Session,
  profiles: Map<string, SharedFileSection>,
  name: string,
  visited: string[],
): Promise<RoleProfile> {
  const profile = profiles.get(name)!;
  const value = (key: string) => {
    const v = profile.get(key);
    return v === undefined ? undefined : text(v);
  };
  const sourceProfile = value('source_profile');
  const credentialSource = value('credential_source');
  if (credentialSource !== undefined && sourceProfile !== undefined) {
    throw invalidConfig(`The profile "${name}" contains both source_profile and credential_source.`);
  }
  if (credentialSource !== undefined) {
    throw generalError(
      `The profile (${name}) uses "credential_source", which this simulated AWS CLI does not support.`,
    );
  }
  if (sourceProfile === undefined)
    throw partialCredentialsError('assume-role', 'source_profile or credential_source');
  const source = profiles.get(sourceProfile);
  if (!source) {
    throw invalidConfig(
      `The source_profile "${sourceProfile}" referenced in the profile "${name}" does not exist.`,
    );
  }
  if (visited.includes(sourceProfile) && (sourceProfile !== name || !source.has('aws_access_key_id'))) {
    throw invalidConfig(
      `Infinite loop in credential configuration detected. Attempting to load from profile ${sourceProfile} which has already been visited. Visited profiles: [${visited.map(pyRepr).join(', ')}]`,
    );
  }
  let sourceCredentials: ResolvedCredentials | null;
  if (source.has('role_arn') && sourceProfile !== name) {
    const inner = await roleProfile(session, profiles, sourceProfile, [...visited, sourceProfile]);
    sourceCredentials = { ...inner.source, method: 'assume-role', role: inner };
  } else {
    const credentials = await session.credentialsFileSections();
    sourceCredentials =
      fromSection(credentials.get(sourceProfile), 'shared-credentials-file') ??
      fromSection((await session.configFileProfiles()).get(sourceProfile), 'config-file');
  }
  if (!sourceCredentials) {
    throw invalidConfig(
      `The source_profile "${sourceProfile}" must specify either static credentials or an assume role configuration`,
    );
  }
  const duration = Number.parseInt(value('duration_seconds') ?? '', 10);
  return {
    profile: name,
    roleArn: value('role_arn')!,
    sourceProfile,
    source: sourceCredentials,
    ...(value('role_session_name') !== undefined ? { roleSessionName: value('role_session_name') } : {}),
    ...(Number.isNaN(duration) ? {} : { durationSeconds: duration }),
    ...(value('external_id') !== undefined ? { externalId: value('external_id') } : {}),
  };
}

/** Settings that would make the real CLI use a provider this sandbox does not simulate. */
const UNSIMULATED = [
  'credential_source',
  'credential_process',
  'sso_start_url',
  'sso_session',
  'web_identity_token_file',
];

/**
 * Resolves credentials like `session.get_credentials()`. Returns null when none are found;
 * throws (ends the command) for a missing named profile, partial credentials or unparsable files.
 */
export async function resolveCredentials(session: Session): Promise<ResolvedCredentials | null> {
  return (await resolveCredentialChain(session)).credentials;
}

/** The credentials and, for explanations, what each provider of the chain did. */
export async function resolveCredentialChain(
  session: Session,
): Promise<{ credentials: ResolvedCredentials | null; chain: CredentialChainStep[] }> {
  const chain: CredentialChainStep[] = [];
  const done = (credentials: ResolvedCredentials | null) => ({ credentials, chain });
  // botocore reads other settings of the profile first, so a missing profile fails before anything.
  await session.scopedConfig();
  const profileName = session.profile?.value || 'default';
  if (session.profileOption !== undefined) {
    chain.push({
      provider: 'env',
      outcome: 'skipped',
      reason: '--profile was given, so the environment is not read',
    });
  } else {
    const fromEnv = fromEnvironment(session.env);
    if (fromEnv) {
      chain.push({
        provider: 'env',
        outcome: 'used',
        reason: 'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are exported',
      });
      return done(fromEnv);
    }
    chain.push({
      provider: 'env',
      outcome: 'skipped',
      reason: 'AWS_ACCESS_KEY_ID is not exported (or empty)',
    });
  }
  const profiles = await session.fullConfig();
  const merged = profiles.get(profileName);
  if (merged?.has('role_arn')) {
    const role = await roleProfile(session, profiles, profileName, [profileName]);
    chain.push({
      provider: 'assume-role',
      outcome: 'used',
      reason: `the ${profileName} profile has role_arn ${role.roleArn}: the CLI assumes it with the credentials of the ${role.sourceProfile} profile`,
    });
    return done({ ...role.source, method: 'assume-role', role });
  }
  chain.push({
    provider: 'assume-role',
    outcome: 'skipped',
    reason: `the ${profileName} profile has no role_arn`,
  });
  const unsupported = UNSIMULATED.find((key) => merged?.has(key));
  if (unsupported) {
    throw generalError(
      `The profile (${profileName}) uses "${unsupported}", which this simulated AWS CLI does not support.`,
    );
  }
  const credentials = await session.credentialsFileSections();
  const credentialsFile = session.expand(session.credentialsFileSetting);
  const fromCredentials = fromSection(credentials.get(profileName), 'shared-credentials-file');
  if (fromCredentials) {
    chain.push({
      provider: 'shared-credentials-file',
      outcome: 'used',
      reason: `[${profileName}] in ${credentialsFile} has aws_access_key_id and aws_secret_access_key`,
    });
    return done(fromCredentials);
  }
  chain.push({
    provider: 'shared-credentials-file',
    outcome: 'skipped',
    reason: credentials.has(profileName)
      ? `[${profileName}] in ${credentialsFile} has no aws_access_key_id`
      : `${credentialsFile} has no [${profileName}] section (or does not exist)`,
  });
  const configProfiles = await session.configFileProfiles();
  const configFile = session.expand(session.configFileSetting);
  const fromConfig = fromSection(configProfiles.get(profileName), 'config-file');
  chain.push(
    fromConfig
      ? {
          provider: 'config-file',
          outcome: 'used',
          reason: `the ${profileName} profile in ${configFile} has keys`,
        }
      : {
          provider: 'config-file',
          outcome: 'skipped',
          reason: `the ${profileName} profile in ${configFile} has no keys`,
        },
  );
  return done(fromConfig);
}
