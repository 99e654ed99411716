// IAM semantics against the simulated account, each from AWS's IAM API reference
// (https://docs.aws.amazon.com/IAM/latest/APIReference/API_<Operation>.html) or the IAM User Guide's
// "IAM and AWS STS quotas" page (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html).
import { describe, expect, test } from 'vitest';
import { validateAccount } from '../../account-state';
import { defaultAccount } from '../../default-account';
import { aws, SAMPLE_KEYS } from '../../testing/run';
import type { SimulatedAccount } from '../../types';

const ALLOW_LIST =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListAllMyBuckets","Resource":"*"}]}';

function setup() {
  const account: SimulatedAccount = { ...structuredClone(defaultAccount), clock: '2026-01-15T10:00:00Z' };
  const run = (...argv: string[]) => aws(argv, { env: SAMPLE_KEYS, account });
  const as = (env: Record<string, string>, ...argv: string[]) => aws(argv, { env, account });
  return { account, run, as };
}

async function newKey(run: ReturnType<typeof setup>['run'], user: string) {
  const created = await run('iam', 'create-access-key', '--user-name', user);
  const { AccessKeyId, SecretAccessKey } = JSON.parse(created.stdout).AccessKey;
  return { AWS_ACCESS_KEY_ID: AccessKeyId as string, AWS_SECRET_ACCESS_KEY: SecretAccessKey as string };
}

describe('access keys', () => {
  test('quotas: two keys per user, Active or Inactive (CreateAccessKey, LimitExceeded)', async () => {
    const { run } = setup();
    await run('iam', 'create-user', '--user-name', 'bob');
    const first = await newKey(run, 'bob');
    await run(
      'iam',
      'update-access-key',
      '--user-name',
      'bob',
      '--access-key-id',
      first.AWS_ACCESS_KEY_ID,
      '--status',
      'Inactive',
    );
    await newKey(run, 'bob');
    const third = await run('iam', 'create-access-key', '--user-name', 'bob');
    expect(third).toMatchObject({ exitCode: 254 });
    expect(third.stderr).toContain(
      '(LimitExceeded) when calling the CreateAccessKey operation: Cannot exceed quota for AccessKeysPerUser: 2',
    );
  });

  test('an Inactive key stops working, Active again works; deleted keys are unknown (UpdateAccessKey, DeleteAccessKey)', async () => {
    const { run, as } = setup();
    await run('iam', 'create-user', '--user-name', 'bob');
    const key = await newKey(run, 'bob');
    expect((await as(key, 'sts', 'get-caller-identity')).exitCode).toBe(0);
    await run(
      'iam',
      'update-access-key',
      '--user-name',
      'bob',
      '--access-key-id',
      key.AWS_ACCESS_KEY_ID,
      '--status',
      'Inactive',
    );
    expect((await as(key, 'sts', 'get-caller-identity')).stderr).toContain('(InvalidClientTokenId)');
    await run(
      'iam',
      'update-access-key',
      '--user-name',
      'bob',
      '--access-key-id',
      key.AWS_ACCESS_KEY_ID,
      '--status',
      'Active',
    );
    expect((await as(key, 'sts', 'get-caller-identity')).exitCode).toBe(0);
    await run('iam', 'delete-access-key', '--user-name', 'bob', '--access-key-id', key.AWS_ACCESS_KEY_ID);
    expect((await as(key, 'sts', 'get-caller-identity')).stderr).toContain('(InvalidClientTokenId)');
  });

  test('get-access-key-last-used: N/A until used, then date, service and region (GetAccessKeyLastUsed)', async () => {
    const { run, as } = setup();
    await run('iam', 'create-user', '--user-name', 'bob');
    const key = await newKey(run, 'bob');
    const before = await run('iam', 'get-access-key-last-used', '--access-key-id', key.AWS_ACCESS_KEY_ID);
    expect(JSON.parse(before.stdout)).toEqual({
      UserName: 'bob',
      AccessKeyLastUsed: { ServiceName: 'N/A', Region: 'N/A' },
    });
    await as(key, 'sts', 'get-caller-identity', '--region', 'eu-west-1');
    const after = await run('iam', 'get-access-key-last-used', '--access-key-id', key.AWS_ACCESS_KEY_ID);
    expect(JSON.parse(after.stdout).AccessKeyLastUsed).toEqual({
      LastUsedDate: '2026-01-15T10:00:00+00:00',
      ServiceName: 'sts',
      Region: 'eu-west-1',
    });
  });
});

describe('policies', () => {
  test('at most five versions (CreatePolicyVersion, LimitExceeded); set-as-default moves the default', async () => {
    const { run } = setup();
    const arn = JSON.parse(
      (await run('iam', 'create-policy', '--policy-name', 'P', '--policy-document', ALLOW_LIST)).stdout,
    ).Policy.Arn;
    for (let i = 2; i <= 5; i++) {
      const made = await run(
        'iam',
        'create-policy-version',
        '--policy-arn',
        arn,
        '--policy-document',
        ALLOW_LIST,
        ...(i === 3 ? ['--set-as-default'] : []),
      );
      expect(JSON.parse(made.stdout).PolicyVersion).toMatchObject({
        VersionId: `v${i}`,
        IsDefaultVersion: i === 3,
      });
    }
    const sixth = await run(
      'iam',
      'create-policy-version',
      '--policy-arn',
      arn,
      '--policy-document',
      ALLOW_LIST,
    );
    expect(sixth.stderr).toContain(
      '(LimitExceeded) when calling the CreatePolicyVersion operation: A managed policy can have up to 5 versions.',
    );
    const versions = await run(
      'iam',
      'list-policy-versions',
      '--policy-arn',
      arn,
      '--query',
      'Versions[?IsDefaultVersion].VersionId',
      '--output',
      'text',
    );
    expect(versions.stdout).toBe('v3\n');
  });

  test('set-default-policy-version puts an existing version in force; an unknown one is NoSuchEntity (SetDefaultPolicyVersion)', async () => {
    const { run } = setup();
    const arn = JSON.parse(
      (await run('iam', 'create-policy', '--policy-name', 'P', '--policy-document', ALLOW_LIST)).stdout,
    ).Policy.Arn;
    await run('iam', 'create-policy-version', '--policy-arn', arn, '--policy-document', ALLOW_LIST);
    const set = await run('iam', 'set-default-policy-version', '--policy-arn', arn, '--version-id', 'v2');
    expect(set).toMatchObject({ exitCode: 0, stdout: '' });
    const defaults = ['--query', 'Versions[?IsDefaultVersion].VersionId', '--output', 'text'];
    expect((await run('iam', 'list-policy-versions', '--policy-arn', arn, ...defaults)).stdout).toBe('v2\n');
    // Rolling back: the old version is the default again, the newer one is kept.
    await run('iam', 'set-default-policy-version', '--policy-arn', arn, '--version-id', 'v1');
    expect((await run('iam', 'list-policy-versions', '--policy-arn', arn, ...defaults)).stdout).toBe('v1\n');
    const unknown = await run('iam', 'set-default-policy-version', '--policy-arn', arn, '--version-id', 'v7');
    expect(unknown.exitCode).toBe(254);
    expect(unknown.stderr).toContain(
      `(NoSuchEntity) when calling the SetDefaultPolicyVersion operation: Policy ${arn} version v7 does not exist or is not attachable.`,
    );
  });

  test('delete-policy-version frees a slot; the default version cannot be deleted (DeletePolicyVersion)', async () => {
    const { run } = setup();
    const arn = JSON.parse(
      (await run('iam', 'create-policy', '--policy-name', 'P', '--policy-document', ALLOW_LIST)).stdout,
    ).Policy.Arn;
    await run('iam', 'create-policy-version', '--policy-arn', arn, '--policy-document', ALLOW_LIST);
    expect(
      (await run('iam', 'delete-policy-version', '--policy-arn', arn, '--version-id', 'v1')).stderr,
    ).toContain(
      '(DeleteConflict) when calling the DeletePolicyVersion operation: Cannot delete the default version of a policy.',
    );
    expect(
      (await run('iam', 'delete-policy-version', '--policy-arn', arn, '--version-id', 'v2')).exitCode,
    ).toBe(0);
    expect(
      (await run('iam', 'delete-policy-version', '--policy-arn', arn, '--version-id', 'v2')).stderr,
    ).toContain(`Policy ${arn} version v2 does not exist or is not attachable.`);
  });

  test('a policy document of 100 kB exceeds the 6,144-character quota (CreatePolicy, LimitExceeded)', async () => {
    const { run } = setup();
    const actions = Array.from({ length: 7000 }, (_, i) => `"s3:GetObject${i}"`).join(',');
    const big = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":[${actions}],"Resource":"*"}]}`;
    expect(big.length).toBeGreaterThan(100_000);
    const result = await run('iam', 'create-policy', '--policy-name', 'Big', '--policy-document', big);
    expect(result.stderr).toContain(
      '(LimitExceeded) when calling the CreatePolicy operation: Cannot exceed quota for PolicySize: 6144',
    );
  });

  test('an inline user policy counts against 2,048 characters per user (PutUserPolicy)', async () => {
    const { run } = setup();
    const actions = Array.from({ length: 200 }, (_, i) => `"s3:Get${i}"`).join(',');
    const doc = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":[${actions}],"Resource":"*"}]}`;
    const result = await run(
      'iam',
      'put-user-policy',
      '--user-name',
      'example_1',
      '--policy-name',
      'Big',
      '--policy-document',
      doc,
    );
    expect(result.stderr).toContain('Maximum policy size of 2048 bytes exceeded for user example_1');
  });

  test('deleting an attached policy is a DeleteConflict (DeletePolicy); list-entities-for-policy names them', async () => {
    const { run } = setup();
    const arn = JSON.parse(
      (await run('iam', 'create-policy', '--policy-name', 'P', '--policy-document', ALLOW_LIST)).stdout,
    ).Policy.Arn;
    await run('iam', 'create-group', '--group-name', 'Devs');
    await run('iam', 'attach-group-policy', '--group-name', 'Devs', '--policy-arn', arn);
    expect((await run('iam', 'delete-policy', '--policy-arn', arn)).stderr).toContain(
      'Cannot delete a policy attached to entities.',
    );
    const entities = JSON.parse((await run('iam', 'list-entities-for-policy', '--policy-arn', arn)).stdout);
    expect(entities.PolicyGroups).toEqual([{ GroupName: 'Devs', GroupId: expect.stringMatching(/^AGPA/) }]);
    await run('iam', 'detach-group-policy', '--group-name', 'Devs', '--policy-arn', arn);
    expect((await run('iam', 'delete-policy', '--policy-arn', arn)).exitCode).toBe(0);
  });

  test('attaching a policy that does not exist is NoSuchEntity (AttachUserPolicy)', async () => {
    const { run } = setup();
    const result = await run(
      'iam',
      'attach-user-policy',
      '--user-name',
      'example_1',
      '--policy-arn',
      'arn:aws:iam::aws:policy/NoSuchPolicy',
    );
    expect(result.stderr).toContain(
      'Policy arn:aws:iam::aws:policy/NoSuchPolicy does not exist or is not attachable.',
    );
  });
});

describe('permissions reach the caller through groups and are checked on every call', () => {
  test("a user is allowed by its group's policy, and denied once removed from the group", async () => {
    const { run, as } = setup();
    await run('iam', 'create-user', '--user-name', 'bob');
    const key = await newKey(run, 'bob');
    expect((await as(key, 'iam', 'list-users')).exitCode).toBe(254);
    await run('iam', 'create-group', '--group-name', 'Readers');
    await run(
      'iam',
      'attach-group-policy',
      '--group-name',
      'Readers',
      '--policy-arn',
      'arn:aws:iam::aws:policy/IAMReadOnlyAccess',
    );
    await run('iam', 'add-user-to-group', '--group-name', 'Readers', '--user-name', 'bob');
    expect((await as(key, 'iam', 'list-users')).exitCode).toBe(0);
    // An explicit deny beats the allow (IAM User Guide, policy evaluation logic).
    await run(
      'iam',
      'put-user-policy',
      '--user-name',
      'bob',
      '--policy-name',
      'NoList',
      '--policy-document',
      '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"iam:ListUsers","Resource":"*"}]}',
    );
    const denied = await as(key, 'iam', 'list-users');
    expect(denied.stderr).toContain('with an explicit deny in an identity-based policy');
    await run('iam', 'delete-user-policy', '--user-name', 'bob', '--policy-name', 'NoList');
    await run('iam', 'remove-user-from-group', '--group-name', 'Readers', '--user-name', 'bob');
    expect((await as(key, 'iam', 'list-users')).exitCode).toBe(254);
  });

  test('simulate-principal-policy evaluates the user with its group policies (SimulatePrincipalPolicy)', async () => {
    const { run } = setup();
    await run('iam', 'create-user', '--user-name', 'bob');
    await run(
      'iam',
      'put-user-policy',
      '--user-name',
      'bob',
      '--policy-name',
      'S3List',
      '--policy-document',
      ALLOW_LIST,
    );
    const result = await run(
      'iam',
      'simulate-principal-policy',
      '--policy-source-arn',
      'arn:aws:iam::123456789012:user/bob',
      '--action-names',
      's3:ListAllMyBuckets',
      'iam:CreateUser',
    );
    const results = JSON.parse(result.stdout).EvaluationResults;
    expect(results.map((r: { EvalDecision: string }) => r.EvalDecision)).toEqual(['allowed', 'implicitDeny']);
    expect(results[0].MatchedStatements).toEqual([{ SourcePolicyId: 'S3List', SourcePolicyType: 'user' }]);
  });
});

describe('endpoints', () => {
  // Recorded offline from aws 2.9.19: `aws iam list-users --region xx-fake-1` tries https://iam.amazonaws.com/.
  test('IAM answers on its global endpoint whatever the region', async () => {
    const { run } = setup();
    expect((await run('iam', 'get-user', '--region', 'xx-fake-1')).exitCode).toBe(0);
  });
});

describe('entities', () => {
  test('DeleteConflict while a user has keys, groups or policies (DeleteUser)', async () => {
    const { run } = setup();
    await run('iam', 'create-user', '--user-name', 'bob');
    await run('iam', 'create-group', '--group-name', 'G');
    await run('iam', 'add-user-to-group', '--group-name', 'G', '--user-name', 'bob');
    expect((await run('iam', 'delete-user', '--user-name', 'bob')).stderr).toContain(
      'must remove users from group first.',
    );
    expect((await run('iam', 'delete-group', '--group-name', 'G')).stderr).toContain(
      'must remove users from group first.',
    );
    await run('iam', 'remove-user-from-group', '--group-name', 'G', '--user-name', 'bob');
    expect((await run('iam', 'delete-user', '--user-name', 'bob')).exitCode).toBe(0);
    expect((await run('iam', 'get-user', '--user-name', 'bob')).stderr).toContain(
      'The user with name bob cannot be found.',
    );
  });

  test('names are checked by IAM (ValidationError) and unique regardless of case (EntityAlreadyExists)', async () => {
    const { run } = setup();
    expect((await run('iam', 'create-user', '--user-name', 'bad name')).stderr).toContain(
      "(ValidationError) when calling the CreateUser operation: 1 validation error detected: Value 'bad name' at 'userName' failed to satisfy constraint",
    );
    expect((await run('iam', 'create-user', '--user-name', 'SAMPLE_USER')).stderr).toContain(
      '(EntityAlreadyExists)',
    );
  });

  test('a trust policy without a principal is malformed (CreateRole)', async () => {
    const { run } = setup();
    const result = await run(
      'iam',
      'create-role',
      '--role-name',
      'R',
      '--assume-role-policy-document',
      ALLOW_LIST,
    );
    expect(result.stderr).toContain('(MalformedPolicyDocument) when calling the CreateRole operation');
  });
});

describe('user tags', () => {
  // TagUser: "If a tag with the same key name already exists, then that tag is overwritten with the new
  // value." ListUserTags: "The returned list of tags is sorted by tag key." UntagUser removes the keys named.
  test('tag-user adds and overwrites, list-user-tags sorts by key, untag-user removes (TagUser, ListUserTags, UntagUser)', async () => {
    const { run, account } = setup();
    await run('iam', 'create-user', '--user-name', 'bob');
    expect(
      (
        await run(
          'iam',
          'tag-user',
          '--user-name',
          'bob',
          '--tags',
          'Key=team,Value=web',
          'Key=cost,Value=42',
        )
      ).stdout,
    ).toBe('');
    await run('iam', 'tag-user', '--user-name', 'bob', '--tags', 'Key=team,Value=data');
    const listed = await run('iam', 'list-user-tags', '--user-name', 'bob');
    expect(JSON.parse(listed.stdout)).toEqual({
      Tags: [
        { Key: 'cost', Value: '42' },
        { Key: 'team', Value: 'data' },
      ],
    });
    await run('iam', 'untag-user', '--user-name', 'bob', '--tag-keys', 'cost', 'absent');
    expect(account.users.find((u) => u.userName === 'bob')?.tags).toEqual([{ Key: 'team', Value: 'data' }]);
    expect(JSON.parse((await run('iam', 'get-user', '--user-name', 'bob')).stdout).User.Tags).toEqual([
      { Key: 'team', Value: 'data' },
    ]);
  });

  test('an unknown user is NoSuchEntity; more than 50 tags is LimitExceeded and changes nothing', async () => {
    const { run, account } = setup();
    expect(
      (await run('iam', 'tag-user', '--user-name', 'nobody', '--tags', 'Key=a,Value=b')).stderr,
    ).toContain(
      '(NoSuchEntity) when calling the TagUser operation: The user with name nobody cannot be found.',
    );
    expect((await run('iam', 'list-user-tags', '--user-name', 'nobody')).exitCode).toBe(254);
    await run('iam', 'create-user', '--user-name', 'bob');
    const tags = Array.from({ length: 50 }, (_, i) => `Key=k${i},Value=v`);
    expect((await run('iam', 'tag-user', '--user-name', 'bob', '--tags', ...tags)).exitCode).toBe(0);
    const over = await run('iam', 'tag-user', '--user-name', 'bob', '--tags', 'Key=one-more,Value=v');
    expect(over.stderr).toContain('(LimitExceeded) when calling the TagUser operation');
    expect(account.users.find((u) => u.userName === 'bob')?.tags).toHaveLength(50);
  });

  test('tagging needs iam:TagUser on the user (a user without permissions is denied)', async () => {
    const { run, as } = setup();
    await run('iam', 'create-user', '--user-name', 'bob');
    const key = await newKey(run, 'bob');
    const denied = await as(key, 'iam', 'tag-user', '--user-name', 'bob', '--tags', 'Key=a,Value=b');
    expect(denied.stderr).toContain(
      'is not authorized to perform: iam:TagUser on resource: arn:aws:iam::123456789012:user/bob',
    );
  });
});

describe('access key ids', () => {
  // IAM API reference, AccessKey: the id identifies the key; a deleted key is gone for good
  // (DeleteAccessKey), so a later CreateAccessKey must never hand the same id and secret out again.
  test('a key created after a deletion, at the same moment, gets a new id and secret', async () => {
    const { run, as, account } = setup();
    await run('iam', 'create-user', '--user-name', 'bob');
    const first = await newKey(run, 'bob');
    await run('iam', 'delete-access-key', '--user-name', 'bob', '--access-key-id', first.AWS_ACCESS_KEY_ID);
    const second = await newKey(run, 'bob');
    expect(second.AWS_ACCESS_KEY_ID).not.toBe(first.AWS_ACCESS_KEY_ID);
    expect(second.AWS_SECRET_ACCESS_KEY).not.toBe(first.AWS_SECRET_ACCESS_KEY);
    expect(account.retiredAccessKeyIds).toEqual([first.AWS_ACCESS_KEY_ID]);
    expect((await as(first, 'sts', 'get-caller-identity')).exitCode).toBe(254);
    expect(validateAccount(JSON.parse(JSON.stringify(account)))).toMatchObject({
      account: { retiredAccessKeyIds: [first.AWS_ACCESS_KEY_ID] },
    });
  });
});
