// Exercise 4 of "AWS IAM Role CLI": a role profile (role_arn + source_profile + role_session_name) that makes
// `--profile s3reader` assume S3Reader with example_1's keys, proven by the ARN AWS saw for the session.
import { defineExercise, isAws, ranAsRole } from '@/lib/grader';
import {
  ROLE_ARN,
  ROLE_NAME,
  S3_READ_ONLY_ARN,
  roleLessonAccount,
  roleLessonFiles,
} from './shared/role-lesson';

const SESSION = 'camera-review';
const whoami = 'aws sts get-caller-identity --profile s3reader';
const set = (key: string, value: string) => `aws configure set ${key} ${value} --profile s3reader\n`;
const configure = `${set('role_arn', ROLE_ARN)}${set('source_profile', 'example_1')}${set('role_session_name', SESSION)}`;
const section = (header: string, lines: string[]) =>
  `cat >> ~/.aws/config <<'EOF'\n\n${header}\n${lines.join('\n')}\nEOF\n`;
const ROLE_LINES = [`role_arn = ${ROLE_ARN}`, 'source_profile = example_1', `role_session_name = ${SESSION}`];

export default defineExercise({
  id: 'role-profile',
  title: 'A role profile with a named session',
  goal: `Exporting keys by hand gets old. Add a profile \`s3reader\` to your AWS config that **assumes**
\`${ROLE_ARN}\` with \`example_1\`'s keys and names the session \`${SESSION}\`. Then prove it:
\`aws sts get-caller-identity\` through that profile must show
\`arn:aws:sts::123456789012:assumed-role/${ROLE_NAME}/${SESSION}\`.`,
  setup: { files: roleLessonFiles, account: roleLessonAccount({ attachedPolicies: [S3_READ_ONLY_ARN] }) },
  checks: [
    ranAsRole({
      id: 'role-profile',
      label: 'An `aws sts get-caller-identity` through the profile `s3reader` ran as a session of `S3Reader`',
      display: whoami,
      matches: (r) => isAws(r, 'sts', 'get-caller-identity'),
      roleName: ROLE_NAME,
      profile: 's3reader',
      credentialSource: 'assume-role',
    }),
    ranAsRole({
      id: 'session-named',
      label: `The session is named \`${SESSION}\``,
      display: whoami,
      matches: (r) => isAws(r, 'sts', 'get-caller-identity'),
      roleName: ROLE_NAME,
      profile: 's3reader',
      credentialSource: 'assume-role',
      sessionName: SESSION,
    }),
  ],
  hints: [
    'A role profile has no keys of its own: `role_arn` says which role, `source_profile` says whose keys ask for it.',
    '`role_session_name` names the session; without it the CLI makes up `botocore-session-…`.',
    `Run \`aws configure set role_arn ${ROLE_ARN} --profile s3reader\`, the same for \`source_profile example_1\` and \`role_session_name ${SESSION}\`, then \`${whoami}\`.`,
  ],
  solution: `${configure}${whoami}\n`,
  // The CLI's side was decided with /usr/bin/aws 2.9.19 offline (the assume-role provider ignores
  // --endpoint-url): a working role profile fails only at `Could not connect to … sts.amazonaws.com`, the
  // broken ones fail earlier with the texts below. role_arn in the credentials file is honoured too.
  alternatives: [
    {
      name: 'a here-doc appended to ~/.aws/config',
      script: `${section('[profile s3reader]', ROLE_LINES)}${whoami}\n`,
    },
    {
      name: 'printf appended, confirmed with --query Arn',
      script: `printf '\\n[profile s3reader]\\nrole_arn = %s\\nsource_profile = example_1\\nrole_session_name = ${SESSION}\\n' ${ROLE_ARN} >> ~/.aws/config\n${whoami} --query Arn --output text\n`,
    },
    {
      name: 'the role settings in ~/.aws/credentials (the CLI reads them there too)',
      script: `cat >> ~/.aws/credentials <<'EOF'\n[s3reader]\n${ROLE_LINES.join('\n')}\nEOF\n${whoami}\n`,
    },
    {
      name: 'AWS_PROFILE exported instead of --profile',
      script: `${configure}export AWS_PROFILE=s3reader\naws sts get-caller-identity\n`,
    },
    {
      name: 'dotted names with aws configure set',
      script: `aws configure set profile.s3reader.role_arn ${ROLE_ARN}\naws configure set profile.s3reader.source_profile example_1\naws configure set profile.s3reader.role_session_name ${SESSION}\n${whoami}\n`,
    },
    {
      name: 'with duration_seconds and region as well',
      script: `${section('[profile s3reader]', [...ROLE_LINES, 'duration_seconds = 900', 'region = us-east-1'])}${whoami}\n`,
    },
    {
      name: 'used for S3 first, then asked who it is',
      script: `${configure}aws s3 ls --profile s3reader\n${whoami}\n`,
    },
  ],
  wrongAttempts: [
    {
      name: 'source_profile names a profile that does not exist (example-1)',
      script: `${section('[profile s3reader]', [`role_arn = ${ROLE_ARN}`, 'source_profile = example-1', `role_session_name = ${SESSION}`])}${whoami}\n`,
      failsCheck: 'role-profile',
      message: 'The source_profile "example-1" referenced in the profile "s3reader" does not exist',
    },
    {
      name: 'the config header without the word profile',
      script: `${section('[s3reader]', ROLE_LINES)}${whoami}\n`,
      failsCheck: 'role-profile',
      message: 'The config profile (s3reader) could not be found',
    },
    {
      name: 'role_arn without source_profile',
      script: `${section('[profile s3reader]', [`role_arn = ${ROLE_ARN}`, `role_session_name = ${SESSION}`])}${whoami}\n`,
      failsCheck: 'role-profile',
      message: 'Partial credentials found in assume-role, missing: source_profile or credential_source',
    },
    {
      name: 'session_name instead of role_session_name (ignored: the CLI names it botocore-session-…)',
      script: `${section('[profile s3reader]', [`role_arn = ${ROLE_ARN}`, 'source_profile = example_1', `session_name = ${SESSION}`])}${whoami}\n`,
      failsCheck: 'session-named',
      message: 'the session is named `botocore-session-1768471200`; expected `camera-review`',
    },
    {
      name: 'a space in the session name',
      script: `${set('role_arn', ROLE_ARN)}${set('source_profile', 'example_1')}${set('role_session_name', '"camera review"')}${whoami}\n`,
      failsCheck: 'role-profile',
      message: 'failed: AWS answered `ValidationError`',
    },
    {
      name: 'source_profile default: your own keys, which the trust policy does not name',
      script: `${set('role_arn', ROLE_ARN)}${set('source_profile', 'default')}${set('role_session_name', SESSION)}${whoami}\n`,
      failsCheck: 'role-profile',
      message: 'failed: AWS answered `AccessDenied`',
    },
    {
      name: 'AWS_PROFILE set without export',
      script: `${configure}AWS_PROFILE=s3reader\naws sts get-caller-identity\n`,
      failsCheck: 'role-profile',
      message: 'ran as `arn:aws:iam::123456789012:user/sample_user`, not as the role `S3Reader`',
    },
    {
      name: '--role-session-name given to get-caller-identity instead',
      script: `${set('role_arn', ROLE_ARN)}${set('source_profile', 'example_1')}${whoami} --role-session-name ${SESSION}\n`,
      failsCheck: 'role-profile',
      message: 'did not reach AWS (exit status 252)',
    },
  ],
});
