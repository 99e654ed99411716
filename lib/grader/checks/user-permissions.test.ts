// Check over the account: what a user may do with all of its policies (inline, managed, via groups).
import { describe, expect, test } from 'vitest';
import { defaultAccount } from '../../aws/default-account';
import type { SimulatedAccount, SimulatedUser } from '../../aws/types';
import { createGradeState } from '../state';
import { makeSnapshot } from '../testing/snapshot';
import { userPermissions } from './user-permissions';

const PUT_ONLY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::cam/*' }],
});

function state(change: (account: SimulatedAccount) => void) {
  const account = structuredClone(defaultAccount);
  change(account);
  return createGradeState({ ...makeSnapshot(), account });
}

const bob = (extra: Partial<SimulatedUser> = {}): SimulatedUser => ({
  userName: 'bob',
  userId: 'AIDAEXAMPLEBOB000001',
  accessKeys: [],
  buckets: [],
  ...extra,
});

const check = userPermissions({
  id: 'p',
  label: 'bob only uploads',
  userName: 'bob',
  allows: [{ action: 's3:PutObject', resource: 'arn:aws:s3:::cam/a.mp4' }],
  denies: [{ action: 's3:GetObject', resource: 'arn:aws:s3:::cam/a.mp4' }],
});

describe('userPermissions', () => {
  test('explains a missing user', async () => {
    expect(await check.run(state(() => {}))).toEqual({
      pass: false,
      message: 'There is no IAM user `bob` yet: `aws iam create-user --user-name bob`.',
    });
  });

  test('a user without policies may do nothing', async () => {
    expect(await check.run(state((a) => a.users.push(bob())))).toEqual({
      pass: false,
      message:
        "`bob` may not call `s3:PutObject` on `arn:aws:s3:::cam/a.mp4` yet: none of its policies allows it. Check the policy's Action and Resource, and that it is attached to `bob` (or to a group it is in).",
    });
  });

  test('passes with the policy inline, customer managed or through a group', async () => {
    expect(await check.run(state((a) => a.users.push(bob({ inlinePolicies: { P: PUT_ONLY } }))))).toEqual({
      pass: true,
    });
    const managed = state((a) => {
      a.users.push(bob({ attachedPolicies: ['arn:aws:iam::123456789012:policy/PutOnly'] }));
      a.policies = [
        {
          policyName: 'PutOnly',
          policyId: 'ANPAEXAMPLE00000000001',
          versions: [
            { versionId: 'v1', document: PUT_ONLY, isDefault: true, createDate: '2026-01-15T10:00:00+00:00' },
          ],
        },
      ];
    });
    expect(await check.run(managed)).toEqual({ pass: true });
    const viaGroup = state((a) => {
      a.users.push(bob({ groups: ['Cams'] }));
      a.groups = [{ groupName: 'Cams', groupId: 'AGPAEXAMPLE', inlinePolicies: { P: PUT_ONLY } }];
    });
    expect(await check.run(viaGroup)).toEqual({ pass: true });
  });

  test('refuses a user that may do more than it needs (an AWS managed policy)', async () => {
    const admin = state((a) =>
      a.users.push(bob({ attachedPolicies: ['arn:aws:iam::aws:policy/AmazonS3FullAccess'] })),
    );
    expect(await check.run(admin)).toEqual({
      pass: false,
      message:
        '`bob` may also call `s3:GetObject` on `arn:aws:s3:::cam/a.mp4`, which it does not need: narrow the Action or Resource of its policies, or detach the broad one.',
    });
  });

  test('an explicit Deny is named', async () => {
    const deny = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*' }],
    });
    const outcome = await check.run(
      state((a) => a.users.push(bob({ inlinePolicies: { P: PUT_ONLY, D: deny } }))),
    );
    expect(outcome).toMatchObject({
      pass: false,
      message: expect.stringContaining('a Deny statement refuses it'),
    });
  });
});
