// Scenarios: `aws iam …` against the stub's IAM Query API (scripts/aws-stub-query.ts), and the CLI's own
// parameter handling (required arguments, validation, file://, pagination flags) that needs no service.
import { homeWithDefault, KEY1, SECRET1, type ScenarioArea, type ScenarioSpec } from './types';

const iam = (...args: string[]) => ({ args: ['iam', ...args] });
const ok: Pick<ScenarioSpec, 'files' | 'stub'> = { files: homeWithDefault, stub: true };
const POLICY =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListAllMyBuckets","Resource":"*"}]}';
const POLICY_ARN = 'arn:aws:iam::123456789012:policy/ListBuckets';
const TRUST =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}';
/** A policy document of about 100 kB (one statement with many actions). */
const BIG = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":[${Array.from(
  { length: 4000 },
  (_, i) => `"s3:Get${String(i).padStart(6, '0')}"`,
).join(',')}],"Resource":"*"}]}`;
/** The lesson's policy: upload into one bucket, nothing else. */
const PUT_ONLY = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::sample-user-camera-uploads/*' },
    ],
  },
  null,
  2,
);
/** The key the stub's CreateAccessKey issues to camera-uploader at the stub's clock (deterministic). */
const CAMERA_KEY = 'AKIAOTJ3KIOKESTD5F2B';
const CAMERA_SECRET = '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';
/** The CLI's token after one item of a first page: base64 of {"Marker": null, "boto_truncate_amount": 1}. */
const TOKEN_AFTER_ONE = 'eyJNYXJrZXIiOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAxfQ==';

export const iamArea: ScenarioArea = {
  area: 'iam',
  scenarios: [
    {
      name: 'unknown-operation',
      description: 'An unknown iam operation lists every operation of the real CLI (exit 252).',
      steps: [iam('create-usr')],
    },
    {
      name: 'create-user-missing-name',
      description: 'A required option is missing: argparse error before credentials (exit 252).',
      steps: [iam('create-user')],
    },
    {
      name: 'create-user-empty-name',
      description:
        'An empty user name fails botocore parameter validation, even without credentials (exit 252).',
      steps: [iam('create-user', '--user-name', '')],
    },
    {
      name: 'create-user',
      description: 'create-user prints the new user; the same name again is EntityAlreadyExists (exit 254).',
      ...ok,
      steps: [iam('create-user', '--user-name', 'alice'), iam('create-user', '--user-name', 'alice')],
    },
    {
      name: 'list-users-formats',
      description: 'list-users in text, table and yaml, and with --query.',
      ...ok,
      steps: [
        iam('create-user', '--user-name', 'alice', '--path', '/staff/'),
        iam('list-users', '--output', 'text'),
        iam('list-users', '--output', 'table'),
        iam('list-users', '--output', 'yaml'),
        iam('list-users', '--query', 'Users[].UserName', '--output', 'text'),
        iam('list-users', '--path-prefix', '/staff/'),
      ],
    },
    {
      name: 'list-users-pagination',
      description:
        '--max-items gives a NextToken, --starting-token resumes, --page-size pages through Marker.',
      ...ok,
      steps: [
        iam('create-user', '--user-name', 'alice'),
        iam('list-users', '--max-items', '1'),
        iam('list-users', '--max-items', '1', '--starting-token', TOKEN_AFTER_ONE),
        iam('list-users', '--page-size', '1', '--query', 'Users[].UserName'),
        iam('list-users', '--page-size', '0'),
        iam('list-users', '--page-size', '1', '--output', 'text'),
        iam('list-users', '--no-paginate', '--max-items', '1'),
        iam('list-users', '--no-paginate', '--query', 'length(Users)'),
        iam('list-users', '--max-items', 'x'),
      ],
    },
    {
      name: 'get-user',
      description: 'get-user without a name is the caller; an unknown name is NoSuchEntity.',
      ...ok,
      steps: [iam('get-user'), iam('get-user', '--user-name', 'nobody')],
    },
    {
      name: 'access-keys',
      description: 'Two keys per user, the third is LimitExceeded; a key made Inactive is listed so.',
      ...ok,
      steps: [
        iam('create-user', '--user-name', 'alice'),
        iam('create-access-key', '--user-name', 'alice', '--query', 'AccessKey.Status'),
        iam('create-access-key', '--user-name', 'alice', '--query', 'AccessKey.UserName'),
        iam('create-access-key', '--user-name', 'alice'),
        iam('list-access-keys', '--user-name', 'alice', '--query', 'AccessKeyMetadata[].Status'),
        iam('list-access-keys', '--query', 'AccessKeyMetadata[].[UserName,Status]', '--output', 'text'),
        iam('get-access-key-last-used', '--access-key-id', 'AKIAI44QH8DHBEXAMPLE'),
        iam('update-access-key', '--access-key-id', 'AKIAIOSFODNN7EXAMPLE', '--status', 'Sideways'),
        iam('delete-user', '--user-name', 'alice'),
      ],
    },
    {
      name: 'policies',
      description: 'create-policy, attach it, list attached policies as a table; get an AWS managed policy.',
      ...ok,
      steps: [
        iam('create-user', '--user-name', 'alice'),
        iam('create-policy', '--policy-name', 'ListBuckets', '--policy-document', POLICY),
        iam('attach-user-policy', '--user-name', 'alice', '--policy-arn', POLICY_ARN),
        iam('list-attached-user-policies', '--user-name', 'alice', '--output', 'table'),
        iam('get-policy', '--policy-arn', 'arn:aws:iam::aws:policy/AdministratorAccess'),
        iam('get-policy-version', '--policy-arn', POLICY_ARN, '--version-id', 'v1'),
        iam(
          'create-policy-version',
          '--policy-arn',
          POLICY_ARN,
          '--policy-document',
          POLICY,
          '--set-as-default',
        ),
        iam('list-policy-versions', '--policy-arn', POLICY_ARN, '--output', 'text'),
        iam('delete-policy-version', '--policy-arn', POLICY_ARN, '--version-id', 'v2'),
        iam('delete-policy-version', '--policy-arn', POLICY_ARN, '--version-id', 'v1'),
        iam('delete-policy', '--policy-arn', POLICY_ARN),
      ],
    },
    {
      name: 'policy-errors',
      description: 'Malformed JSON, a missing file:// document and a 100 kB document.',
      files: { ...homeWithDefault, 'big.json': { content: BIG } },
      stub: true,
      steps: [
        iam('create-policy', '--policy-name', 'Bad', '--policy-document', '{"Version":"2012-10-17",'),
        iam('create-policy', '--policy-name', 'Bad', '--policy-document', 'file://missing.json'),
        iam('create-policy', '--policy-name', 'Big', '--policy-document', 'file://big.json'),
      ],
    },
    {
      name: 'roles',
      description:
        'create-role with a trust policy from a file, get-role (documents decoded), list-roles text.',
      files: { ...homeWithDefault, 'trust.json': { content: TRUST } },
      stub: true,
      steps: [
        iam('create-role', '--role-name', 'Auditor', '--assume-role-policy-document', 'file://trust.json'),
        iam('get-role', '--role-name', 'Auditor'),
        iam('list-roles', '--output', 'text'),
        iam(
          'attach-role-policy',
          '--role-name',
          'Auditor',
          '--policy-arn',
          'arn:aws:iam::aws:policy/IAMReadOnlyAccess',
        ),
        iam('delete-role', '--role-name', 'Auditor'),
      ],
    },
    {
      name: 'inline-policies',
      description: 'put, list, get (decoded) and delete a user inline policy; a missing one is NoSuchEntity.',
      ...ok,
      steps: [
        iam(
          'put-user-policy',
          '--user-name',
          'sample_user',
          '--policy-name',
          'S3List',
          '--policy-document',
          POLICY,
        ),
        iam('list-user-policies', '--user-name', 'sample_user'),
        iam('get-user-policy', '--user-name', 'sample_user', '--policy-name', 'S3List'),
        iam('delete-user-policy', '--user-name', 'sample_user', '--policy-name', 'S3List'),
        iam('get-user-policy', '--user-name', 'sample_user', '--policy-name', 'S3List'),
      ],
    },
    {
      name: 'groups',
      description: 'create-group, add-user-to-group, get-group, list-groups-for-user.',
      ...ok,
      steps: [
        iam('create-group', '--group-name', 'Developers'),
        iam('add-user-to-group', '--group-name', 'Developers', '--user-name', 'example_1'),
        iam('get-group', '--group-name', 'Developers'),
        iam('list-groups-for-user', '--user-name', 'example_1', '--output', 'text'),
      ],
    },
    {
      name: 'simulate-custom-policy',
      description: 'simulate-custom-policy through the evaluator: allowed, implicitDeny.',
      ...ok,
      steps: [
        iam(
          'simulate-custom-policy',
          '--policy-input-list',
          POLICY,
          '--action-names',
          's3:ListAllMyBuckets',
          's3:GetObject',
          '--query',
          'EvaluationResults[].[EvalActionName,EvalDecision]',
          '--output',
          'text',
        ),
      ],
    },
    {
      name: 'cli-input-json',
      description:
        '--cli-input-json as a word of its own makes --user-name optional; command-line values win; bad JSON, a list, an unknown key and a missing key are errors (exit 252).',
      files: { ...homeWithDefault, 'in.json': { content: '{"UserName": "from-file"}\n' } },
      stub: true,
      steps: [
        iam('create-user', '--cli-input-json', '{"UserName": "alice"}', '--query', 'User.UserName'),
        iam('create-user', '--cli-input-json', 'file://in.json', '--query', 'User.UserName'),
        iam('create-user', '--cli-input-json', '{"UserName": "json-name"}', '--user-name', 'cmd-name'),
        iam('create-user', '--cli-input-json', '{"UserName": "bob", "Foo": 1}'),
        iam('create-user', '--cli-input-json', '{bad'),
        iam('create-user', '--cli-input-json', '[1]'),
        iam('create-user', '--cli-input-json', '{"UserName": 5}'),
        iam('create-user', '--cli-input-json', '{}'),
        iam('create-user', '--cli-input-json={"UserName": "eq"}'),
      ],
    },
    {
      name: 'camera-uploader',
      description:
        'The first lesson: from an admin profile create a user, a put-only policy and its key, configure the new key as the default profile and ask who it is.',
      files: {
        '.aws': { type: 'directory', mode: 0o755 },
        '.aws/credentials': {
          content: `[admin]\naws_access_key_id = ${KEY1}\naws_secret_access_key = ${SECRET1}\n`,
          mode: 0o600,
        },
        '.aws/config': { content: '[profile admin]\nregion = eu-west-1\noutput = json\n', mode: 0o600 },
        'put-only.json': { content: `${PUT_ONLY}\n` },
      },
      stub: true,
      steps: [
        { args: ['sts', 'get-caller-identity', '--profile', 'admin'] },
        iam('create-user', '--user-name', 'camera-uploader', '--profile', 'admin'),
        iam(
          'create-policy',
          '--policy-name',
          'CameraUploadsPutOnly',
          '--policy-document',
          'file://put-only.json',
          '--profile',
          'admin',
        ),
        iam(
          'attach-user-policy',
          '--user-name',
          'camera-uploader',
          '--policy-arn',
          'arn:aws:iam::123456789012:policy/CameraUploadsPutOnly',
          '--profile',
          'admin',
        ),
        iam('create-access-key', '--user-name', 'camera-uploader', '--profile', 'admin'),
        { args: ['configure'], stdin: `${CAMERA_KEY}\n${CAMERA_SECRET}\neu-west-1\njson\n` },
        { args: ['sts', 'get-caller-identity'] },
        { args: ['configure', 'list'] },
        iam('list-access-keys', '--user-name', 'camera-uploader', '--profile', 'admin'),
      ],
    },
  ],
};
