// Scenarios: `aws iam …` against the stub's IAM Query API (scripts/aws-stub-query.ts), and the CLI's own
// parameter handling (required arguments, validation, file://, pagination flags) that needs no service.
import { homeWithDefault, type ScenarioArea, type ScenarioSpec } from './types';

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
      name: 'cli-input-json',
      description:
        'create-policy --cli-input-json: the JSON fills the input, command-line options win, required options are ' +
        'relaxed only for the exact word --cli-input-json; invalid JSON, a list, a missing and an unknown member.',
      files: {
        ...homeWithDefault,
        'input.json': {
          content: `${JSON.stringify({ PolicyName: 'ListBuckets', PolicyDocument: POLICY })}\n`,
        },
        'nameless.json': { content: '{"PolicyDocument": "{}"}\n' },
        'bogus.json': { content: '{"PolicyName": "A", "PolicyDocument": "{}", "Bogus": 1}\n' },
        'list.json': { content: '[1]\n' },
      },
      stub: true,
      steps: [
        iam(
          'create-policy',
          '--cli-input-json',
          'file://input.json',
          '--query',
          'Policy.[PolicyName,DefaultVersionId]',
        ),
        iam(
          'create-policy',
          '--cli-input-json',
          'file://input.json',
          '--policy-name',
          'Other',
          '--output',
          'text',
        ),
        iam('create-policy', '--cli-input-json', 'file://nameless.json'),
        iam('create-policy', '--cli-input-json', 'file://bogus.json'),
        iam('create-policy', '--cli-input-json', 'file://list.json'),
        iam('create-policy', '--cli-input-json', '{bad'),
        iam('create-policy', '--cli-input-json=file://input.json'),
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
      name: 'user-tags',
      description:
        'tag-user (shorthand and JSON), list-user-tags sorted by key, a key tagged again is overwritten, untag-user, an unknown user.',
      ...ok,
      steps: [
        iam('create-user', '--user-name', 'alice', '--tags', 'Key=team,Value=web'),
        iam(
          'tag-user',
          '--user-name',
          'alice',
          '--tags',
          'Key=cost-center,Value=1234',
          'Key=team,Value=data',
        ),
        iam('tag-user', '--user-name', 'alice', '--tags', '[{"Key":"project","Value":"skillshell"}]'),
        iam('list-user-tags', '--user-name', 'alice'),
        iam('list-user-tags', '--user-name', 'alice', '--output', 'text'),
        iam(
          'list-user-tags',
          '--user-name',
          'alice',
          '--query',
          'Tags[?Key==`team`].Value',
          '--output',
          'text',
        ),
        iam('get-user', '--user-name', 'alice', '--query', 'User.Tags'),
        iam('untag-user', '--user-name', 'alice', '--tag-keys', 'cost-center', 'project'),
        iam('list-user-tags', '--user-name', 'alice', '--output', 'table'),
        iam('tag-user', '--user-name', 'alice', '--tags', 'Key=team'),
        iam('tag-user', '--user-name', 'nobody', '--tags', 'Key=team,Value=web'),
        iam('list-user-tags', '--user-name', 'nobody'),
      ],
    },
    {
      name: 'lesson-iam-users',
      description:
        'Every output shown in the lesson AWS IAM Users, in its order: a user, tags, access keys (quota, last used, Inactive, rotation) and a group.',
      ...ok,
      steps: [
        { args: ['sts', 'get-caller-identity'] },
        { args: ['iam', 'create-user', '--user-name', 'maria'] },
        { args: ['iam', 'list-users', '--query', 'Users[].UserName', '--output', 'text'] },
        {
          args: [
            'iam',
            'tag-user',
            '--user-name',
            'maria',
            '--tags',
            'Key=team,Value=data',
            'Key=cost-center,Value=1234',
          ],
        },
        { args: ['iam', 'list-user-tags', '--user-name', 'maria'] },
        { args: ['iam', 'tag-user', '--user-name', 'maria', '--tags', 'Key=team,Value=analytics'] },
        { args: ['iam', 'untag-user', '--user-name', 'maria', '--tag-keys', 'cost-center'] },
        { args: ['iam', 'list-user-tags', '--user-name', 'maria', '--output', 'text'] },
        { args: ['iam', 'create-access-key', '--user-name', 'maria'] },
        {
          args: [
            'iam',
            'create-access-key',
            '--user-name',
            'maria',
            '--query',
            'AccessKey.AccessKeyId',
            '--output',
            'text',
          ],
        },
        { args: ['iam', 'create-access-key', '--user-name', 'maria'] },
        { args: ['iam', 'list-access-keys', '--user-name', 'maria', '--output', 'table'] },
        {
          args: ['sts', 'get-caller-identity', '--query', 'Arn', '--output', 'text'],
          env: {
            AWS_ACCESS_KEY_ID: 'AKIAZHBVTJFDOLQEQTH7',
            AWS_SECRET_ACCESS_KEY: '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',
          },
        },
        { args: ['iam', 'get-access-key-last-used', '--access-key-id', 'AKIAZHBVTJFDOLQEQTH7'] },
        { args: ['iam', 'get-access-key-last-used', '--access-key-id', 'AKIAIKA33NTGQHYDR2GD'] },
        {
          args: [
            'iam',
            'update-access-key',
            '--user-name',
            'maria',
            '--access-key-id',
            'AKIAIKA33NTGQHYDR2GD',
            '--status',
            'Inactive',
          ],
        },
        {
          args: ['sts', 'get-caller-identity'],
          env: {
            AWS_ACCESS_KEY_ID: 'AKIAIKA33NTGQHYDR2GD',
            AWS_SECRET_ACCESS_KEY: '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',
          },
        },
        {
          args: [
            'iam',
            'list-access-keys',
            '--user-name',
            'maria',
            '--query',
            'AccessKeyMetadata[].[AccessKeyId,Status]',
            '--output',
            'text',
          ],
        },
        {
          args: [
            'iam',
            'delete-access-key',
            '--user-name',
            'maria',
            '--access-key-id',
            'AKIAIKA33NTGQHYDR2GD',
          ],
        },
        {
          args: [
            'iam',
            'create-access-key',
            '--user-name',
            'maria',
            '--query',
            'AccessKey.[AccessKeyId,SecretAccessKey]',
            '--output',
            'text',
          ],
        },
        {
          args: ['sts', 'get-caller-identity', '--query', 'Arn', '--output', 'text'],
          env: {
            AWS_ACCESS_KEY_ID: 'AKIAMUY2VYCI2VD7552R',
            AWS_SECRET_ACCESS_KEY: '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',
          },
        },
        {
          args: [
            'iam',
            'update-access-key',
            '--user-name',
            'maria',
            '--access-key-id',
            'AKIAZHBVTJFDOLQEQTH7',
            '--status',
            'Inactive',
          ],
        },
        {
          args: [
            'iam',
            'delete-access-key',
            '--user-name',
            'maria',
            '--access-key-id',
            'AKIAZHBVTJFDOLQEQTH7',
          ],
        },
        { args: ['iam', 'list-access-keys', '--user-name', 'maria'] },
        { args: ['iam', 'create-group', '--group-name', 'auditors'] },
        {
          args: [
            'iam',
            'attach-group-policy',
            '--group-name',
            'auditors',
            '--policy-arn',
            'arn:aws:iam::aws:policy/IAMReadOnlyAccess',
          ],
        },
        { args: ['iam', 'add-user-to-group', '--group-name', 'auditors', '--user-name', 'maria'] },
        { args: ['iam', 'list-groups-for-user', '--user-name', 'maria'] },
        { args: ['iam', 'list-attached-group-policies', '--group-name', 'auditors', '--output', 'text'] },
        { args: ['iam', 'list-attached-user-policies', '--user-name', 'maria'] },
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
  ],
};
