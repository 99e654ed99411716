// Check over the account: an IAM user with its groups and policies.
import { describe, expect, test } from 'vitest';
import { defaultAccount } from '../../aws/default-account';
import type { SimulatedAccount } from '../../aws/types';
import { createGradeState } from '../state';
import { makeSnapshot } from '../testing/snapshot';
import { iamUser } from './iam-user';

const S3_READ = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';

function state(change: (account: SimulatedAccount) => void) {
  const account = structuredClone(defaultAccount);
  change(account);
  return createGradeState({ ...makeSnapshot(), account });
}

const bob = (extra: Partial<SimulatedAccount['users'][number]> = {}) => ({
  userName: 'bob',
  userId: 'AIDAEXAMPLEBOB000001',
  accessKeys: [],
  buckets: [],
  ...extra,
});

describe('iamUser', () => {
  const check = iamUser({ id: 'u', label: 'bob reads S3', userName: 'bob', policies: [S3_READ] });

  test('explains a missing user with the command', async () => {
    expect(await check.run(state(() => {}))).toEqual({
      pass: false,
      message: 'There is no IAM user `bob` yet: `aws iam create-user --user-name bob`.',
    });
  });

  test('names the missing policy, what the user has, and how to attach it', async () => {
    const outcome = await check.run(state((a) => a.users.push(bob({ inlinePolicies: { Mine: '{}' } }))));
    expect(outcome).toEqual({
      pass: false,
      message:
        '`bob` does not have the policy `AmazonS3ReadOnlyAccess` (it has: `Mine`). Attach it: `aws iam attach-user-policy --user-name bob --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess`.',
    });
  });

  test('passes with the policy attached to the user or to one of its groups', async () => {
    expect(await check.run(state((a) => a.users.push(bob({ attachedPolicies: [S3_READ] }))))).toEqual({
      pass: true,
    });
    const viaGroup = state((a) => {
      a.users.push(bob({ groups: ['Readers'] }));
      a.groups = [{ groupName: 'Readers', groupId: 'AGPAEXAMPLE', attachedPolicies: [S3_READ] }];
    });
    expect(await check.run(viaGroup)).toEqual({ pass: true });
    const direct = iamUser({ id: 'u', label: 'x', userName: 'bob', policies: [S3_READ], viaGroups: false });
    expect((await direct.run(viaGroup)).pass).toBe(false);
  });

  test('checks group membership', async () => {
    const inGroup = iamUser({ id: 'g', label: 'x', userName: 'bob', groups: ['Devs'] });
    expect(await inGroup.run(state((a) => a.users.push(bob())))).toEqual({
      pass: false,
      message:
        '`bob` is not in the group `Devs`: `aws iam add-user-to-group --group-name Devs --user-name bob`.',
    });
  });
});
