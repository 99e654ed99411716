// Check over the account: a user with no attached or inline policy of its own.
import { describe, expect, test } from 'vitest';
import { defaultAccount } from '../../aws/default-account';
import type { SimulatedUser } from '../../aws/types';
import { createGradeState } from '../state';
import { makeSnapshot } from '../testing/snapshot';
import { noDirectPolicies } from './no-direct-policies';

function state(extra: Partial<SimulatedUser>) {
  const account = structuredClone(defaultAccount);
  account.users.push({
    userName: 'ana',
    userId: 'AIDAEXAMPLEANA000001',
    accessKeys: [],
    buckets: [],
    ...extra,
  });
  return createGradeState({ ...makeSnapshot(), account });
}

const check = noDirectPolicies({ id: 'n', label: 'x', userName: 'ana' });

describe('noDirectPolicies', () => {
  test('a user whose permissions come only from groups passes', async () => {
    expect(await check.run(state({ groups: ['readers'], attachedPolicies: [], inlinePolicies: {} }))).toEqual(
      {
        pass: true,
      },
    );
  });

  test('an attached or an inline policy fails with the command that removes it', async () => {
    expect(
      await check.run(state({ attachedPolicies: ['arn:aws:iam::aws:policy/IAMReadOnlyAccess'] })),
    ).toEqual({
      pass: false,
      message:
        '`ana` has `IAMReadOnlyAccess` attached directly; permissions should come from the group only: `aws iam detach-user-policy --user-name ana --policy-arn arn:aws:iam::aws:policy/IAMReadOnlyAccess`.',
    });
    expect(await check.run(state({ inlinePolicies: { Read: '{}' } }))).toMatchObject({
      pass: false,
      message: expect.stringContaining('`aws iam delete-user-policy --user-name ana --policy-name Read`'),
    });
    expect(
      await check.run(createGradeState({ ...makeSnapshot(), account: structuredClone(defaultAccount) })),
    ).toEqual({
      pass: false,
      message: 'There is no IAM user `ana`.',
    });
  });
});
