// The s3Access check: a bucket policy evaluated together with the user's own policies, per request context.
import { describe, expect, test } from 'vitest';
import { defaultAccount } from '../../aws/default-account';
import { createGradeState } from '../state';
import { makeSnapshot } from '../testing/snapshot';
import { s3Access } from './s3-access';

const deny = (bool: string | null, resource: string[] = ['arn:aws:s3:::b1', 'arn:aws:s3:::b1/*']) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: resource,
        ...(bool !== null && { Condition: { Bool: { 'aws:SecureTransport': bool } } }),
      },
    ],
  });

function state(policy?: string) {
  const account = structuredClone(defaultAccount);
  account.buckets!.push({ name: 'b1', creationDate: '2026-01-01T00:00:00+00:00', ...(policy && { policy }) });
  return createGradeState({ ...makeSnapshot(), account });
}

const HTTP = { 'aws:SecureTransport': 'false' };
const check = s3Access({
  id: 'tls',
  label: 'TLS only',
  bucket: 'b1',
  user: 'sample_user',
  denies: [
    { action: 's3:GetObject', key: 'a.txt', context: HTTP, describe: 'over plain HTTP' },
    { action: 's3:ListBucket', context: HTTP, describe: 'over plain HTTP' },
  ],
  allows: [{ action: 's3:GetObject', key: 'a.txt', describe: 'over HTTPS' }],
});

describe('s3Access', () => {
  test('the deny-non-TLS policy passes: plain HTTP denied, HTTPS still allowed by AdministratorAccess', async () => {
    expect(await check.run(state(deny('false')))).toEqual({ pass: true });
  });

  test('no policy, or one that is not valid', async () => {
    expect(await check.run(state())).toEqual({
      pass: false,
      message: '`b1` has no bucket policy yet: `aws s3api put-bucket-policy`.',
    });
    expect(await check.run(state('{"Statement": []'))).toMatchObject({
      message: expect.stringContaining(
        'The bucket policy of `b1` is not valid: AWS would answer MalformedPolicy',
      ),
    });
  });

  test('a deny on the bucket only leaves objects readable over HTTP', async () => {
    expect(await check.run(state(deny('false', ['arn:aws:s3:::b1'])))).toEqual({
      pass: false,
      message:
        '`s3:GetObject` on `arn:aws:s3:::b1/a.txt` over plain HTTP is still allowed for `sample_user`: the policy needs a Deny statement that matches it.',
    });
  });

  test('denying when SecureTransport is true leaves plain HTTP allowed', async () => {
    expect(await check.run(state(deny('true')))).toMatchObject({
      message: expect.stringContaining(
        '`s3:GetObject` on `arn:aws:s3:::b1/a.txt` over plain HTTP is still allowed',
      ),
    });
  });

  test('a deny without the condition locks the owner out over HTTPS too', async () => {
    expect(await check.run(state(deny(null)))).toMatchObject({
      pass: false,
      message: expect.stringContaining(
        '`s3:GetObject` on `arn:aws:s3:::b1/a.txt` over HTTPS is now denied to `sample_user` too',
      ),
    });
  });
});
