// `aws configure list`: where the profile, the keys and the region come from.
import type { AwsCommand } from '../cli/command';
import { loadPart } from '../cli/load-part';
import { resolveCredentials } from '../config/resolve-credentials';

const NOT_SET = '<not set>';

function row(name: string, value: string, type: string, location: string): string {
  return `${name.padStart(10)} ${value.padStart(24)} ${type.padStart(16)}    ${location}\n`;
}

/** botocore's mask: 16 stars and the last four characters. */
export function maskValue(value: string | null | undefined): string {
  return value === null || value === undefined ? 'None' : '*'.repeat(16) + value.slice(-4);
}

const ENV_LOCATIONS: Record<string, string> = {
  profile: "['AWS_PROFILE', 'AWS_DEFAULT_PROFILE']",
  region: "['AWS_REGION', 'AWS_DEFAULT_REGION']",
};

export const configureListCommand: AwsCommand = {
  name: 'list',
  help: {
    summary: 'List the AWS CLI configuration data.',
    usage: 'aws configure list [--profile profile-name]',
  },
  args: {},
  async run(_args, ctx) {
    const { session, globals, out } = ctx;
    out.stdout += row('Name', 'Value', 'Type', 'Location');
    out.stdout += row('----', '-----', '----', '--------');
    const profile = session.profile;
    if (globals.profile !== undefined) {
      out.stdout += row('profile', profile?.value ?? 'None', 'manual', '--profile');
    } else if (profile) {
      out.stdout += row('profile', profile.value, 'env', ENV_LOCATIONS.profile!);
    } else {
      out.stdout += row('profile', NOT_SET, 'None', 'None');
    }
    const credentials = await resolveCredentials(session);
    if (credentials?.role) {
      // Like botocore, a role profile's keys are the assumed role's: the CLI calls AssumeRole to show them.
      const { assumeForProfile } = await loadPart(
        'role profiles',
        () => import('../services/sts/role-profile'),
      );
      const assumed = await assumeForProfile(ctx, credentials);
      const keys =
        assumed.kind === 'ok' && assumed.principal.kind === 'role-session' ? assumed.principal.session : null;
      out.stdout += row('access_key', maskValue(keys?.accessKeyId), 'assume-role', '');
      out.stdout += row('secret_key', maskValue(keys?.secretAccessKey), 'assume-role', '');
    } else if (credentials) {
      out.stdout += row('access_key', maskValue(credentials.accessKey), credentials.method, '');
      out.stdout += row('secret_key', maskValue(credentials.secretKey), credentials.method, '');
    } else {
      out.stdout += row('access_key', NOT_SET, 'None', 'None');
      out.stdout += row('secret_key', NOT_SET, 'None', 'None');
    }
    // The CLI looks in the environment and the file first; only then at --region (which it labels imds).
    const fromEnv = ['AWS_REGION', 'AWS_DEFAULT_REGION'].find((name) => name in session.env);
    const fromFile = fromEnv ? undefined : await session.scopedValue('region');
    if (fromEnv) out.stdout += row('region', session.env[fromEnv]!, 'env', ENV_LOCATIONS.region!);
    else if (fromFile !== undefined)
      out.stdout += row('region', fromFile, 'config-file', session.configFileSetting);
    else if (session.regionOption) out.stdout += row('region', session.regionOption, 'imds', '');
    else out.stdout += row('region', NOT_SET, 'None', 'None');
    return 0;
  },
};
