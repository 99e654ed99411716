// aws s3 / s3api ask the policy evaluator for each action on its resource, with the bucket policy as the
// resource policy (https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html).
// A refusal inside the account names principal, action, quoted resource and the kind of policy ("Access denied
// message examples", https://docs.aws.amazon.com/AmazonS3/latest/userguide/troubleshoot-403-errors.html).
import { describe, expect, test } from 'vitest';
import { defaultAccount } from '../../default-account';
import { aws } from '../../testing/run';
import type { SimulatedAccount } from '../../types';
import { putObject } from './store';

const LIMITED = {
  AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7LIMITED',
  AWS_SECRET_ACCESS_KEY: 'limitedSecretEXAMPLEKEYlimitedSecretEXAMP',
};
const READ_ONLY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::shared-bucket' },
    { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::shared-bucket/*' },
  ],
});
// AWS's example: deny requests that do not use TLS (https://repost.aws/knowledge-center/s3-bucket-policy-for-config-rule).
const TLS_ONLY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: ['arn:aws:s3:::shared-bucket', 'arn:aws:s3:::shared-bucket/*'],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  ],
});

const LIMITED_ARN = 'arn:aws:iam::123456789012:user/limited';
/** S3's message for an implicit deny of `action` on `resource` for the limited user. */
const noAllow = (action: string, resource: string) =>
  `User: ${LIMITED_ARN} is not authorized to perform: ${action} on resource: "${resource}" because no identity-based policy allows the ${action} action`;

function account(): SimulatedAccount {
  const a = structuredClone(defaultAccount);
  a.clock = '2030-01-01T00:00:00Z';
  a.users.push({
    userName: 'limited',
    userId: 'AIDAEXAMPLELIMITED01',
    accessKeys: [{ accessKeyId: LIMITED.AWS_ACCESS_KEY_ID, secretAccessKey: LIMITED.AWS_SECRET_ACCESS_KEY }],
    buckets: [],
    inlinePolicies: { S3Read: READ_ONLY },
  });
  const bucket = { name: 'shared-bucket', creationDate: '2029-01-01T00:00:00+00:00', policy: TLS_ONLY };
  a.buckets!.push(bucket);
  putObject(a, bucket, 'notes.txt', new TextEncoder().encode('shared\n'));
  return a;
}

describe('S3 authorization', () => {
  test('allowed inside the policy: list and download (the TLS-only bucket policy does not block the CLI)', async () => {
    const acc = account();
    expect((await aws(['s3', 'ls', 's3://shared-bucket'], { env: LIMITED, account: acc })).stdout).toBe(
      '2030-01-01 00:00:00          7 notes.txt\n',
    );
    const down = await aws(['s3', 'cp', 's3://shared-bucket/notes.txt', 'n.txt', '--no-progress'], {
      env: LIMITED,
      account: acc,
    });
    expect(down.stdout).toBe('download: s3://shared-bucket/notes.txt to ./n.txt\n');
    expect(await down.fs.readFile('/home/learner/n.txt')).toBe('shared\n');
  });

  test('denied outside it: an upload fails per file (exit 1), s3api and mb report AccessDenied', async () => {
    const acc = account();
    const up = await aws(['s3', 'cp', 's3://shared-bucket/notes.txt', 's3://shared-bucket/copy.txt'], {
      env: LIMITED,
      account: acc,
    });
    expect(up).toMatchObject({
      stderr:
        'copy failed: s3://shared-bucket/notes.txt to s3://shared-bucket/copy.txt An error occurred (AccessDenied) when calling the CopyObject operation: ' +
        noAllow('s3:PutObject', 'arn:aws:s3:::shared-bucket/copy.txt') +
        '\n',
      exitCode: 1,
    });
    const put = await aws(['s3api', 'delete-object', '--bucket', 'shared-bucket', '--key', 'notes.txt'], {
      env: LIMITED,
      account: acc,
    });
    expect(put).toMatchObject({
      stderr:
        '\nAn error occurred (AccessDenied) when calling the DeleteObject operation: ' +
        noAllow('s3:DeleteObject', 'arn:aws:s3:::shared-bucket/notes.txt') +
        '\n',
      exitCode: 254,
    });
    expect((await aws(['s3', 'mb', 's3://limited-new'], { env: LIMITED, account: acc })).stderr).toBe(
      'make_bucket failed: s3://limited-new An error occurred (AccessDenied) when calling the CreateBucket operation: ' +
        noAllow('s3:CreateBucket', 'arn:aws:s3:::limited-new') +
        '\n',
    );
    expect(acc.buckets!.find((b) => b.name === 'shared-bucket')!.objects!['notes.txt']).toBeDefined();
    expect(acc.buckets!.some((b) => b.name === 'limited-new')).toBe(false);
  });

  test('a bucket policy that denies the user wins over their identity policy', async () => {
    const acc = account();
    acc.buckets!.find((b) => b.name === 'shared-bucket')!.policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Deny',
          Principal: { AWS: 'arn:aws:iam::123456789012:user/limited' },
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::shared-bucket/*',
        },
      ],
    });
    const down = await aws(['s3', 'cp', 's3://shared-bucket/notes.txt', '-'], { env: LIMITED, account: acc });
    // The CLI first sends HeadObject, whose refusal has no body: 403 Forbidden.
    expect(down).toMatchObject({
      stdout: '',
      stderr:
        'download failed: s3://shared-bucket/notes.txt to - An error occurred (403) when calling the HeadObject operation: Forbidden\n',
      exitCode: 1,
    });
  });

  test('a Deny in the bucket policy is "an explicit deny in a resource-based policy", one in the user\'s policy identity-based', async () => {
    const acc = account();
    const limited = acc.users.find((u) => u.userName === 'limited')!;
    limited.inlinePolicies!.NoDelete = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Action: 's3:DeleteObject', Resource: 'arn:aws:s3:::shared-bucket/*' }],
    });
    limited.inlinePolicies!.Write = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::shared-bucket/*' }],
    });
    acc.buckets!.find((b) => b.name === 'shared-bucket')!.policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Deny',
          Principal: { AWS: LIMITED_ARN },
          Action: 's3:PutObject',
          Resource: 'arn:aws:s3:::shared-bucket/locked/*',
        },
      ],
    });
    const put = await aws(['s3api', 'put-object', '--bucket', 'shared-bucket', '--key', 'locked/x.txt'], {
      env: LIMITED,
      account: acc,
    });
    expect(put).toMatchObject({
      stderr: `\nAn error occurred (AccessDenied) when calling the PutObject operation: User: ${LIMITED_ARN} is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::shared-bucket/locked/x.txt" with an explicit deny in a resource-based policy\n`,
      exitCode: 254,
    });
    const rm = await aws(['s3', 'rm', 's3://shared-bucket/notes.txt'], { env: LIMITED, account: acc });
    expect(rm.stderr).toBe(
      `delete failed: s3://shared-bucket/notes.txt An error occurred (AccessDenied) when calling the DeleteObject operation: User: ${LIMITED_ARN} is not authorized to perform: s3:DeleteObject on resource: "arn:aws:s3:::shared-bucket/notes.txt" with an explicit deny in an identity-based policy\n`,
    );
  });

  test("a bucket kept for another user of an old saved state stands for another account's: the generic text", async () => {
    // Requests from outside the bucket owner's account get a generic `Access Denied` (troubleshoot-403-errors.html).
    const acc = account();
    acc.buckets!.push({
      name: 'old-state-bucket',
      creationDate: '2024-01-01T00:00:00+00:00',
      owner: 'example_1',
    });
    expect(await aws(['s3', 'ls', 's3://old-state-bucket'], { env: LIMITED, account: acc })).toMatchObject({
      stderr: '\nAn error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied\n',
      exitCode: 254,
    });
  });
});
