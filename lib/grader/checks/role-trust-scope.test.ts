// Check over the account: a role's trust policy keeps principals of other accounts out (the evaluator decides).
import { describe, expect, test } from 'vitest';
import { defaultAccount } from '../../aws/default-account';
import { createGradeState } from '../state';
import { makeSnapshot } from '../testing/snapshot';
import { roleTrustScope } from './role-trust-scope';

const trust = (principal: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...extra }],
  });

function withRole(document?: string) {
  const account = structuredClone(defaultAccount);
  if (document)
    account.roles = [{ roleName: 'Reader', roleId: 'AROAEXAMPLE', assumeRolePolicyDocument: document }];
  return createGradeState({ ...makeSnapshot(), account });
}

const check = roleTrustScope({ id: 'scope', label: 'no outsiders', roleName: 'Reader' });

describe('roleTrustScope', () => {
  test('a trust policy naming a user of the account passes', async () => {
    expect(await check.run(withRole(trust({ AWS: 'arn:aws:iam::123456789012:user/example_1' })))).toEqual({
      pass: true,
    });
  });

  test('trusting the account itself passes (its own IAM policies still decide)', async () => {
    expect(await check.run(withRole(trust({ AWS: 'arn:aws:iam::123456789012:root' })))).toEqual({
      pass: true,
    });
    expect(await check.run(withRole(trust({ AWS: '123456789012' })))).toEqual({ pass: true });
  });

  test('Principal "*" fails: anyone in any account with permission may assume it', async () => {
    const outcome = await check.run(withRole(trust({ AWS: '*' })));
    expect(outcome).toEqual({
      pass: false,
      message:
        'The trust policy of `Reader` lets users of other AWS accounts assume it (for example `arn:aws:iam::111122223333:user/outsider`): name the user (`arn:aws:iam::123456789012:user/…`) in `Principal`, never `"*"`.',
    });
    expect((await check.run(withRole(trust('*')))).pass).toBe(false);
  });

  test('Principal "*" narrowed to the account by a condition passes', async () => {
    const narrowed = trust(
      { AWS: '*' },
      { Condition: { StringEquals: { 'aws:PrincipalAccount': '123456789012' } } },
    );
    expect(await check.run(withRole(narrowed))).toEqual({ pass: true });
  });

  test('another account named as principal fails', async () => {
    expect((await check.run(withRole(trust({ AWS: 'arn:aws:iam::111122223333:root' })))).pass).toBe(false);
  });

  test('a missing role says how to create it', async () => {
    expect(await check.run(withRole())).toEqual({
      pass: false,
      message:
        'There is no role `Reader` yet: `aws iam create-role --role-name Reader --assume-role-policy-document file://trust.json`.',
    });
  });
});
