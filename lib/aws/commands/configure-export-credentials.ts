// `aws configure export-credentials`: the resolved credentials as JSON or shell variable lines.
import type { AwsCommand } from '../cli/command';
import { CliExit, EXIT, generalError } from '../cli/errors';
import { loadPart } from '../cli/load-part';
import { resolveCredentials, type ResolvedCredentials } from '../config/resolve-credentials';

const LINE_FORMATS: Record<string, (name: string, value: string) => string> = {
  env: (name, value) => `export ${name}=${value}`,
  'env-no-export': (name, value) => `${name}=${value}`,
  powershell: (name, value) => `$Env:${name}="${value}"`,
  'windows-cmd': (name, value) => `set ${name}=${value}`,
};

function display(credentials: ResolvedCredentials, format: string): string {
  if (format === 'process') {
    const body: Record<string, string | number> = {
      Version: 1,
      AccessKeyId: credentials.accessKey,
      SecretAccessKey: credentials.secretKey,
    };
    if (credentials.sessionToken !== null) body.SessionToken = credentials.sessionToken;
    if (credentials.expiryTime) body.Expiration = credentials.expiryTime;
    // Python's json.dumps escapes every non-ASCII character (ensure_ascii).
    const json = JSON.stringify(body, null, 2).replace(
      /[\u0080-\uffff]/g,
      (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
    return json + '\n';
  }
  const line = LINE_FORMATS[format]!;
  let text = line('AWS_ACCESS_KEY_ID', credentials.accessKey) + '\n';
  text += line('AWS_SECRET_ACCESS_KEY', credentials.secretKey) + '\n';
  if (credentials.sessionToken !== null) text += line('AWS_SESSION_TOKEN', credentials.sessionToken) + '\n';
  if (credentials.expiryTime) text += line('AWS_CREDENTIAL_EXPIRATION', credentials.expiryTime) + '\n';
  return text;
}

export const configureExportCredentialsCommand: AwsCommand = {
  name: 'export-credentials',
  help: {
    summary: 'Export credentials in various formats.',
    usage: 'aws configure export-credentials --profile profile-name',
  },
  args: {
    options: [
      {
        flag: '--format',
        kind: 'value',
        choices: ['process', 'env', 'env-no-export', 'powershell', 'windows-cmd'],
      },
    ],
  },
  async run(args, ctx) {
    const { session, out } = ctx;
    let credentials: ResolvedCredentials | null;
    try {
      credentials = await resolveCredentials(session);
    } catch (error) {
      if (!(error instanceof CliExit)) throw error;
      const message = error.result.stderr.trim();
      throw generalError(`Unable to retrieve credentials: ${message}\n`, EXIT.configuration);
    }
    if (!credentials)
      throw generalError('Unable to retrieve credentials: no credentials found', EXIT.configuration);
    if (credentials.role) {
      // Role profiles are fetched only now (botocore's deferred credentials): cache or AssumeRole, errors unwrapped.
      const { roleProfileCredentials } = await loadPart(
        'role profiles',
        () => import('../services/sts/role-profile'),
      );
      const { pyIsoformat } = await loadPart('role profiles', () => import('../services/sts/role-cache'));
      const role = await roleProfileCredentials(ctx, credentials);
      credentials = {
        accessKey: role.accessKey,
        secretKey: role.secretKey,
        sessionToken: role.sessionToken,
        expiryTime: pyIsoformat(role.expiration),
        method: 'assume-role',
      };
    }
    out.stdout += display(credentials, (args.options.get('--format') as string | undefined) ?? 'process');
    return 0;
  },
};
