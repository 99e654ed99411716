// The call pipeline: authentication against the account (inactive keys, temporary keys, expiry), the key's
// last use, the policy decision, and the call record every invocation fills.
import { describe, expect, test } from 'vitest';
import { defaultAccount } from '../default-account';
import type { CallExplanation } from '../explanation';
import type { SimulatedAccount } from '../types';
import { aws, SAMPLE_KEYS } from '../testing/run';
import { accessDeniedMessage } from './service-call';

const fresh = (): SimulatedAccount => structuredClone(defaultAccount);

const session = {
  accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY',
  sessionToken: 'FwoGZXIvYXdzEXAMPLETOKEN',
  expiration: '2026-01-01T13:00:00Z',
  roleName: 'ReadOnly',
  roleSessionName: 'demo',
  sourceIdentityArn: 'arn:aws:iam::123456789012:user/sample_user',
};
const role = {
  roleName: 'ReadOnly',
  roleId: 'AROAEXAMPLEROLEID0001',
  assumeRolePolicyDocument: '{"Version":"2012-10-17","Statement":[]}',
};
const sessionEnv = {
  AWS_ACCESS_KEY_ID: session.accessKeyId,
  AWS_SECRET_ACCESS_KEY: session.secretAccessKey,
  AWS_SESSION_TOKEN: session.sessionToken,
};

describe('authentication against the account', () => {
  // STS API reference, Common Errors: InvalidClientTokenId "The X.509 certificate or AWS access key ID provided
  // does not exist in our records" — the CLI prints the service's message, recorded in fixtures/sts.
  test('an Inactive key is refused like an unknown one (sts and s3 texts)', async () => {
    const account = fresh();
    account.users[0]!.accessKeys[0]!.status = 'Inactive';
    const sts = await aws(['sts', 'get-caller-identity'], { env: SAMPLE_KEYS, account });
    expect(sts).toMatchObject({
      exitCode: 254,
      stderr:
        '\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\n',
    });
    expect(sts.record).toMatchObject({ outcome: 'auth-failed', errorCode: 'InvalidClientTokenId' });
    const s3 = await aws(['s3', 'ls'], { env: SAMPLE_KEYS, account });
    expect(s3.stderr).toContain('(InvalidAccessKeyId) when calling the ListBuckets operation');
  });

  test('role session keys act as the assumed role until they expire', async () => {
    const account = { ...fresh(), roles: [role], sessions: [session], clock: '2026-01-01T12:00:00Z' };
    const ok = await aws(['sts', 'get-caller-identity', '--query', 'Arn', '--output', 'text'], {
      env: sessionEnv,
      account,
    });
    expect(ok).toMatchObject({
      exitCode: 0,
      stdout: 'arn:aws:sts::123456789012:assumed-role/ReadOnly/demo\n',
    });
    account.clock = '2026-01-01T13:00:00Z';
    const expired = await aws(['sts', 'get-caller-identity'], { env: sessionEnv, account });
    expect(expired).toMatchObject({ exitCode: 254 });
    expect(expired.stderr).toBe(
      '\nAn error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired\n',
    );
  });

  test('temporary keys with a session token that was not issued with them are refused', async () => {
    const account = { ...fresh(), roles: [role], sessions: [session], clock: '2026-01-01T12:00:00Z' };
    const result = await aws(['sts', 'get-caller-identity'], {
      env: { ...sessionEnv, AWS_SESSION_TOKEN: 'forged' },
      account,
    });
    expect(result.stderr).toContain('(InvalidClientTokenId)');
  });

  test("every authenticated call records the key's last use", async () => {
    const account = { ...fresh(), clock: '2026-02-03T04:05:06Z' };
    await aws(['sts', 'get-caller-identity', '--region', 'eu-west-1'], { env: SAMPLE_KEYS, account });
    expect(account.users[0]!.accessKeys[0]!.lastUsed).toEqual({
      date: '2026-02-03T04:05:06+00:00',
      serviceName: 'sts',
      region: 'eu-west-1',
    });
  });
});

describe('authorization through the policy hook', () => {
  test('a user without policies is denied s3 ls; the record says why', async () => {
    const account = fresh();
    account.users[0]!.attachedPolicies = [];
    const result = await aws(['s3', 'ls'], { env: SAMPLE_KEYS, account });
    expect(result).toMatchObject({
      exitCode: 254,
      stderr:
        '\nAn error occurred (AccessDenied) when calling the ListBuckets operation: User: arn:aws:iam::123456789012:user/sample_user is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action\n',
    });
    expect(result.record).toMatchObject({ outcome: 'access-denied', errorCode: 'AccessDenied' });
    const explanation = result.record!.explanation as CallExplanation;
    expect(explanation.authorization).toMatchObject({
      action: 's3:ListAllMyBuckets',
      decision: 'implicit-deny',
    });
  });

  test('get-caller-identity needs no permission', async () => {
    const account = fresh();
    account.users[0]!.attachedPolicies = [];
    expect((await aws(['sts', 'get-caller-identity'], { env: SAMPLE_KEYS, account })).exitCode).toBe(0);
  });

  test('a legacy account (buckets on users) keeps its seeded users unrestricted', async () => {
    const legacy = {
      accountId: '123456789012',
      users: [
        {
          userName: 'sample_user',
          userId: 'AIDAJQABLZS4A3QDU576Q',
          accessKeys: [
            {
              accessKeyId: SAMPLE_KEYS.AWS_ACCESS_KEY_ID,
              secretAccessKey: SAMPLE_KEYS.AWS_SECRET_ACCESS_KEY,
            },
          ],
          buckets: [{ name: 'old-bucket', creationDate: '2024-03-01T09:30:00+00:00' }],
        },
      ],
    } as SimulatedAccount;
    const result = await aws(['s3', 'ls'], { env: SAMPLE_KEYS, account: legacy });
    expect(result).toMatchObject({ exitCode: 0, stdout: '2024-03-01 09:30:00 old-bucket\n' });
    expect(legacy.users[0]).toMatchObject({ unrestricted: true, buckets: [] });
    expect(legacy.buckets).toEqual([
      { name: 'old-bucket', creationDate: '2024-03-01T09:30:00+00:00', owner: 'sample_user' },
    ]);
  });
});

describe('the call record of every invocation', () => {
  test('a successful call: service, operation, profile, credential source, key, identity, region, output', async () => {
    const result = await aws(['sts', 'get-caller-identity', '--region', 'us-west-2', '--output', 'text'], {
      env: SAMPLE_KEYS,
    });
    expect(result.record).toMatchObject({
      service: 'sts',
      operation: 'get-caller-identity',
      profile: 'default',
      credentialSource: 'env',
      accessKeyId: SAMPLE_KEYS.AWS_ACCESS_KEY_ID,
      identityArn: 'arn:aws:iam::123456789012:user/sample_user',
      region: 'us-west-2',
      output: 'text',
      outcome: 'ok',
    });
    const chain = (result.record!.explanation as CallExplanation).credentials;
    expect(chain).toEqual([expect.objectContaining({ provider: 'env', outcome: 'used' })]);
  });

  test('usage errors and missing credentials are recorded too', async () => {
    expect((await aws(['sts', 'get-caller-identity', '--bogus'])).record).toMatchObject({
      service: 'sts',
      outcome: 'usage-error',
    });
    expect((await aws(['nope'])).record).toMatchObject({ service: null, outcome: 'usage-error' });
    const none = await aws(['sts', 'get-caller-identity']);
    expect(none.record).toMatchObject({ outcome: 'no-credentials', credentialSource: null });
    const chain = (none.record!.explanation as CallExplanation).credentials.map((s) => s.outcome);
    expect(chain).toEqual(['skipped', 'skipped', 'skipped', 'skipped']);
  });
});

// The formats of "Access denied error message examples" (IAM User Guide,
// https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html#access-denied-error-examples)
// and of "Access denied message examples" (Amazon S3 User Guide,
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/troubleshoot-403-errors.html#access-denied-message-examples).
describe('the AccessDenied message', () => {
  const mary = 'arn:aws:iam::123456789012:user/MaryMajor';
  const object = 'arn:aws:s3:::amzn-s3-demo-bucket1/object-name';

  test('an implicit deny names the missing kind of policy and the action', () => {
    expect(
      accessDeniedMessage({
        principalArn: mary,
        action: 'iam:ListUsers',
        resource: 'arn:aws:iam::123456789012:user/',
        reason: { explicit: false, policyType: 'identity-based' },
      }),
    ).toBe(
      `User: ${mary} is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::123456789012:user/ because no identity-based policy allows the iam:ListUsers action`,
    );
  });

  test('S3 quotes the resource ARN; an explicit deny says which kind of policy holds it', () => {
    const denial = { principalArn: mary, action: 's3:GetObject', resource: object };
    expect(
      accessDeniedMessage(
        { ...denial, reason: { explicit: true, policyType: 'identity-based' } },
        { quoteResource: true },
      ),
    ).toBe(
      `User: ${mary} is not authorized to perform: s3:GetObject on resource: "${object}" with an explicit deny in an identity-based policy`,
    );
    expect(
      accessDeniedMessage(
        { ...denial, reason: { explicit: true, policyType: 'resource-based' } },
        { quoteResource: true },
      ),
    ).toBe(
      `User: ${mary} is not authorized to perform: s3:GetObject on resource: "${object}" with an explicit deny in a resource-based policy`,
    );
  });

  test('an action on no particular resource names none; a role session is named by its assumed-role ARN', () => {
    expect(
      accessDeniedMessage(
        {
          principalArn: 'arn:aws:sts::123456789012:assumed-role/Uploader/demo',
          action: 's3:ListAllMyBuckets',
          resource: '*',
          reason: { explicit: false, policyType: 'identity-based' },
        },
        { quoteResource: true },
      ),
    ).toBe(
      'User: arn:aws:sts::123456789012:assumed-role/Uploader/demo is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action',
    );
  });

  test('without a reason (STS AssumeRole) the message ends after the resource', () => {
    expect(
      accessDeniedMessage({
        principalArn: mary,
        action: 'sts:AssumeRole',
        resource: 'arn:aws:iam::123456789012:role/Auditor',
      }),
    ).toBe(
      `User: ${mary} is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/Auditor`,
    );
  });
});
