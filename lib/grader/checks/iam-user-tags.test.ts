// Check over the account: a user's tags, exact key and value.
import { describe, expect, test } from 'vitest';
import { defaultAccount } from '../../aws/default-account';
import type { Tag } from '../../aws/types';
import { createGradeState } from '../state';
import { makeSnapshot } from '../testing/snapshot';
import { iamUserTags } from './iam-user-tags';

function state(tags?: Tag[], userName = 'maria') {
  const account = structuredClone(defaultAccount);
  account.users.push({
    userName,
    userId: 'AIDAEXAMPLEMARIA00001',
    accessKeys: [],
    buckets: [],
    ...(tags ? { tags } : {}),
  });
  return createGradeState({ ...makeSnapshot(), account });
}

const check = iamUserTags({
  id: 't',
  label: 'x',
  userName: 'maria',
  tags: { team: 'data', 'cost-center': '1234' },
});

describe('iamUserTags', () => {
  test('every tag present passes, whatever other tags there are', async () => {
    const tags = [
      { Key: 'cost-center', Value: '1234' },
      { Key: 'owner', Value: 'x' },
      { Key: 'team', Value: 'data' },
    ];
    expect(await check.run(state(tags))).toEqual({ pass: true });
  });

  test('a missing user, a missing key (case counts) and a wrong value each say what to run', async () => {
    expect(await check.run(state(undefined, 'Maria'))).toEqual({
      pass: false,
      message: 'There is no IAM user `maria` yet: `aws iam create-user --user-name maria`.',
    });
    expect(await check.run(state([{ Key: 'Team', Value: 'data' }]))).toEqual({
      pass: false,
      message:
        '`maria` has no tag `team` (its tags: `Team=data`): `aws iam tag-user --user-name maria --tags Key=team,Value=data`.',
    });
    expect(
      await check.run(
        state([
          { Key: 'team', Value: 'data' },
          { Key: 'cost-center', Value: '1243' },
        ]),
      ),
    ).toEqual({
      pass: false,
      message:
        'The tag `cost-center` of `maria` is `1243`; expected `1234`. Tagging the same key again replaces the value: `aws iam tag-user --user-name maria --tags Key=cost-center,Value=1234`.',
    });
    expect(await check.run(state())).toMatchObject({ message: expect.stringContaining('(its tags: none)') });
  });
});
