// Scenarios: S3 refusals inside the account, against the stub (which evaluates the scenario's IAM policies and
// bucket policies): the message names principal, action, quoted resource and policy type ("Access denied message
// examples", https://docs.aws.amazon.com/AmazonS3/latest/userguide/troubleshoot-403-errors.html), and the CLI
// prints it per command (254), per file (`upload failed: …`, exit 1) or, for HEAD, as a bare 403.
import { CREDS_DEFAULT, KEY1, SECRET1, type ScenarioArea, type ScenarioSpec, type StepSpec } from './types';

const B = 's3://denied-demo';
const BUCKET_ARN = 'arn:aws:s3:::denied-demo';
const policy = (...Statement: object[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement }, null, 2) + '\n';

/** The keys the stub's CreateAccessKey issues to `reader` at the stub's clock (deterministic, as in iam.ts). */
const READER = {
  AWS_ACCESS_KEY_ID: 'AKIAMLDUO32MLN3QGDCA',
  AWS_SECRET_ACCESS_KEY: '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',
};
/** The session the stub's AssumeRole issues for Uploader/demo at the stub's clock. */
const SESSION = {
  AWS_ACCESS_KEY_ID: 'ASIAKY7EJNTZURFMZPL7',
  AWS_SECRET_ACCESS_KEY: 'jISG6X6/JHIWOCQtIOz2nlMWmDOYILaeqQlMvx/m',
  AWS_SESSION_TOKEN:
    'IQoJb3JpZ2luX2VjEZsOqOC2aNhZxLAQ113HcEz1j3rWfxdK9w2Nm1nJNyooUa7L+T/ZZdDAc6yabF8BpFgcKxymqQQgKwtp48mYNTOvrwjTKn5wTMJI9wLS3/c1+gMsPUdEpBK/PX7wBJmwiaJS0ydkObhYO4BaDC3we81ZeKrKh9ctYWgiuWHCWQhQmJ77h4yGfE08f2oN2FJtY0qSXtxg9l1m4iSvxq1Ou5+Of37omrrD3tDoaaEpcbv8+tNiWEdAlNmmvPjB8lmP2MZToNUHhwo368ob1Dsxm75Y/',
};

const ONE_THREAD = 's3 =\n  max_concurrent_requests = 1\n';

const FILES: ScenarioSpec['files'] = {
  '.aws': { type: 'directory', mode: 0o755 },
  '.aws/credentials': {
    content: `${CREDS_DEFAULT}[admin]\naws_access_key_id = ${KEY1}\naws_secret_access_key = ${SECRET1}\n`,
    mode: 0o600,
  },
  // One worker thread: multi-file results print in listing order.
  '.aws/config': {
    content: `[default]\nregion = us-east-1\n${ONE_THREAD}[profile admin]\nregion = us-east-1\n${ONE_THREAD}`,
    mode: 0o600,
  },
  'a.txt': { content: 'hello\n' },
  'dir/b.txt': { content: 'bee\n' },
  // Both files are 4 bytes: the progress line between two refusals does not depend on which the CLI sent first.
  'dir/sub/d.txt': { content: 'dee\n' },
  'list-only.json': {
    content: policy({ Effect: 'Allow', Action: 's3:ListBucket', Resource: BUCKET_ARN }),
  },
  'all-but-delete.json': {
    content: policy(
      { Effect: 'Allow', Action: 's3:*', Resource: [BUCKET_ARN, `${BUCKET_ARN}/*`] },
      { Effect: 'Deny', Action: 's3:DeleteObject', Resource: `${BUCKET_ARN}/*` },
    ),
  },
  'locked-prefix.json': {
    content: policy({
      Effect: 'Deny',
      Principal: { AWS: 'arn:aws:iam::123456789012:user/reader' },
      Action: 's3:PutObject',
      Resource: `${BUCKET_ARN}/locked/*`,
    }),
  },
  'trust.json': {
    content: policy({
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::123456789012:root' },
      Action: 'sts:AssumeRole',
    }),
  },
};

const admin = (...args: string[]): StepSpec => ({ args: [...args, '--profile', 'admin'] });
const as =
  (env: Record<string, string>) =>
  (...args: string[]): StepSpec => ({ args, env });
const reader = as(READER);
const session = as(SESSION);

/** The admin's bucket with three objects, and the user `reader` with `policyFile` inline and a key. */
const readerSetup = (policyFile: string): StepSpec[] => [
  admin('s3', 'mb', B),
  admin('s3', 'cp', 'dir', `${B}/dir`, '--recursive', '--no-progress'),
  admin('iam', 'create-user', '--user-name', 'reader', '--query', 'User.Arn', '--output', 'text'),
  admin(
    'iam',
    'put-user-policy',
    '--user-name',
    'reader',
    '--policy-name',
    'Demo',
    '--policy-document',
    `file://${policyFile}`,
  ),
  admin(
    'iam',
    'create-access-key',
    '--user-name',
    'reader',
    '--query',
    'AccessKey.[AccessKeyId,SecretAccessKey]',
    '--output',
    'text',
  ),
];

const scenario = (name: string, description: string, steps: StepSpec[]): ScenarioSpec => ({
  name,
  description,
  files: FILES,
  stub: true,
  steps,
});

export const s3AccessDeniedArea: ScenarioArea = {
  area: 's3-access-denied',
  scenarios: [
    scenario(
      'implicit-deny',
      'A user allowed only s3:ListBucket: every other action is refused "because no identity-based policy allows" it, per command (254), per file (exit 1), as a bare 403 for HeadObject; another owner\'s bucket keeps the generic Access Denied.',
      [
        ...readerSetup('list-only.json'),
        reader('s3', 'ls'),
        reader('s3', 'ls', B, '--recursive'),
        reader('s3', 'cp', 'a.txt', `${B}/a.txt`),
        reader('s3', 'cp', `${B}/dir/b.txt`, 'b.txt'),
        reader('s3', 'rm', `${B}/dir/b.txt`),
        reader('s3', 'sync', 'dir', `${B}/up`),
        reader('s3', 'sync', `${B}/dir`, 'down'),
        reader('s3', 'mv', 'a.txt', `${B}/moved.txt`),
        reader('s3', 'mb', 's3://reader-own-bucket'),
        reader('s3', 'rb', B),
        reader('s3api', 'put-object', '--bucket', 'denied-demo', '--key', 'x.txt', '--body', 'a.txt'),
        reader('s3api', 'get-bucket-policy', '--bucket', 'denied-demo'),
        reader('s3api', 'head-object', '--bucket', 'denied-demo', '--key', 'dir/b.txt'),
        reader('s3', 'ls', 's3://sample-user-camera-uploads'),
      ],
    ),
    scenario(
      'explicit-deny',
      'A Deny in the user\'s policy ("with an explicit deny in an identity-based policy") and in the bucket policy ("… in a resource-based policy").',
      [
        ...readerSetup('all-but-delete.json'),
        admin(
          's3api',
          'put-bucket-policy',
          '--bucket',
          'denied-demo',
          '--policy',
          'file://locked-prefix.json',
        ),
        reader('s3', 'rm', `${B}/dir/b.txt`),
        reader('s3api', 'delete-object', '--bucket', 'denied-demo', '--key', 'dir/b.txt'),
        reader('s3', 'cp', 'a.txt', `${B}/locked/a.txt`),
        reader('s3', 'cp', 'a.txt', `${B}/open/a.txt`, '--no-progress'),
        reader('s3', 'ls', B, '--recursive'),
      ],
    ),
    scenario(
      'role-session',
      'A role session is named by its assumed-role ARN (arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION).',
      [
        admin('s3', 'mb', B),
        admin(
          'iam',
          'create-role',
          '--role-name',
          'Uploader',
          '--assume-role-policy-document',
          'file://trust.json',
          '--query',
          'Role.Arn',
          '--output',
          'text',
        ),
        admin(
          'iam',
          'put-role-policy',
          '--role-name',
          'Uploader',
          '--policy-name',
          'List',
          '--policy-document',
          'file://list-only.json',
        ),
        admin(
          'sts',
          'assume-role',
          '--role-arn',
          'arn:aws:iam::123456789012:role/Uploader',
          '--role-session-name',
          'demo',
          '--query',
          'Credentials.[AccessKeyId,SecretAccessKey,SessionToken]',
          '--output',
          'text',
        ),
        session('sts', 'get-caller-identity', '--query', 'Arn', '--output', 'text'),
        session('s3', 'ls', B),
        session('s3', 'cp', 'a.txt', `${B}/a.txt`),
      ],
    ),
  ],
};
