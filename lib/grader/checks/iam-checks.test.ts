// The account checks (iam-user, access-key-state, role-assumable) over snapshots with hand-built accounts.
import { describe, expect, test } from 'vitest';
import { defaultAccount } from '../../aws/default-account';
import type { SimulatedAccount } from '../../aws/types';
import { createGradeState } from '../state';
import { makeSnapshot } from '../testing/snapshot';
import { accessKeyState } from './access-key-state';
import { iamUser } from './iam-user';
import { roleAssumable } from './role-assumable';

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

describe('accessKeyState', () => {
  const key = (id: string, status?: 'Active' | 'Inactive') => ({
    accessKeyId: id,
    secretAccessKey: 's',
    ...(status ? { status } : {}),
  });

  test('inactive: every key of the user Inactive; the message gives update-access-key', async () => {
    const check = accessKeyState({ id: 'k', label: 'x', userName: 'bob', state: 'inactive' });
    expect(
      await check.run(state((a) => a.users.push(bob({ accessKeys: [key('AKIA1', 'Inactive')] })))),
    ).toEqual({ pass: true });
    expect(
      await check.run(
        state((a) => a.users.push(bob({ accessKeys: [key('AKIA1', 'Inactive'), key('AKIA2')] }))),
      ),
    ).toEqual({
      pass: false,
      message:
        'The key `AKIA2` of `bob` is Active, not Inactive: `aws iam update-access-key --user-name bob --access-key-id AKIA2 --status Inactive`.',
    });
    expect(await check.run(state((a) => a.users.push(bob())))).toEqual({
      pass: false,
      message: '`bob` has no access key.',
    });
  });

  test('deleted: one key by id, or none left', async () => {
    const one = accessKeyState({
      id: 'k',
      label: 'x',
      userName: 'bob',
      state: 'deleted',
      accessKeyId: 'AKIA1',
    });
    expect(await one.run(state((a) => a.users.push(bob({ accessKeys: [key('AKIA2')] }))))).toEqual({
      pass: true,
    });
    expect(await one.run(state((a) => a.users.push(bob({ accessKeys: [key('AKIA1')] }))))).toEqual({
      pass: false,
      message:
        'The key `AKIA1` still exists: `aws iam delete-access-key --user-name bob --access-key-id AKIA1`.',
    });
  });

  test('active: at least one Active key', async () => {
    const check = accessKeyState({ id: 'k', label: 'x', userName: 'bob', state: 'active' });
    expect(
      await check.run(
        state((a) => a.users.push(bob({ accessKeys: [key('AKIA1', 'Inactive'), key('AKIA2')] }))),
      ),
    ).toEqual({ pass: true });
  });
});

describe('roleAssumable', () => {
  const trust = (principal: string) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole' }],
    });
  const withRole = (document: string) =>
    state((a) => {
      a.users.push(bob());
      a.roles = [{ roleName: 'Auditor', roleId: 'AROAEXAMPLE', assumeRolePolicyDocument: document }];
    });
  const check = roleAssumable({
    id: 'r',
    label: 'bob can assume Auditor',
    roleName: 'Auditor',
    userName: 'bob',
  });

  test('any trust policy naming the user passes (the evaluator decides)', async () => {
    expect(await check.run(withRole(trust('arn:aws:iam::123456789012:user/bob')))).toEqual({ pass: true });
  });

  test('a trust policy for someone else fails with the evaluator reason', async () => {
    const outcome = await check.run(withRole(trust('arn:aws:iam::123456789012:user/alice')));
    expect(outcome.pass).toBe(false);
    expect((outcome as { message: string }).message).toMatch(
      /^`bob` cannot assume `Auditor` yet: .+\. The trust policy must allow `sts:AssumeRole` for `arn:aws:iam::123456789012:user\/bob`\.$/,
    );
  });

  test('assumable: false passes when the user is kept out, and a missing role says how to create it', async () => {
    const out = roleAssumable({
      id: 'r',
      label: 'x',
      roleName: 'Auditor',
      userName: 'bob',
      assumable: false,
    });
    expect(await out.run(withRole(trust('arn:aws:iam::123456789012:user/alice')))).toEqual({ pass: true });
    expect((await check.run(state(() => {}))).pass).toBe(false);
  });
});
