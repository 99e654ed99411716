// Check over the account: a key Active, Inactive or deleted.
import { describe, expect, test } from 'vitest';
import { defaultAccount } from '../../aws/default-account';
import type { SimulatedAccount } from '../../aws/types';
import { createGradeState } from '../state';
import { makeSnapshot } from '../testing/snapshot';
import { accessKeyState } from './access-key-state';

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
