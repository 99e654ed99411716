// Check over the account: a user may assume a role (the evaluator decides).
import { describe, expect, test } from 'vitest';
import { defaultAccount } from '../../aws/default-account';
import type { SimulatedAccount } from '../../aws/types';
import { createGradeState } from '../state';
import { makeSnapshot } from '../testing/snapshot';
import { roleAssumable } from './role-assumable';

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
