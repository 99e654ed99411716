// Check over the account: what a session of a role may do, from every policy of the role (the evaluator decides).
import { describe, expect, test } from 'vitest';
import { defaultAccount } from '../../aws/default-account';
import { createGradeState } from '../state';
import { makeSnapshot } from '../testing/snapshot';
import { rolePermissions } from './role-permissions';

const OBJECT = 'arn:aws:s3:::camera/clip.mp4';
const policy = (action: unknown, resource: unknown = '*', effect = 'Allow') =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: effect, Action: action, Resource: resource }],
  });

function withRole(role?: { attached?: string[]; inline?: Record<string, string> }) {
  const account = structuredClone(defaultAccount);
  if (role) {
    account.roles = [
      {
        roleName: 'Reader',
        roleId: 'AROAEXAMPLE',
        assumeRolePolicyDocument: '{}',
        attachedPolicies: role.attached ?? [],
        inlinePolicies: role.inline ?? {},
      },
    ];
  }
  return createGradeState({ ...makeSnapshot(), account });
}

const check = rolePermissions({
  id: 'perm',
  label: 'reads S3',
  roleName: 'Reader',
  allows: [
    { action: 's3:ListAllMyBuckets', resource: '*' },
    { action: 's3:GetObject', resource: OBJECT },
  ],
  denies: [{ action: 's3:PutObject', resource: OBJECT }],
});

describe('rolePermissions', () => {
  test('an attached AWS managed policy counts', async () => {
    expect(
      await check.run(withRole({ attached: ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'] })),
    ).toEqual({
      pass: true,
    });
  });

  test('an inline policy counts, however it is written', async () => {
    expect(await check.run(withRole({ inline: { R: policy(['s3:list*', 's3:get*']) } }))).toEqual({
      pass: true,
    });
  });

  test('a role without policies says so', async () => {
    const outcome = await check.run(withRole({}));
    expect(outcome).toEqual({
      pass: false,
      message:
        'The role `Reader` has no permissions policy yet: a session of it may do nothing. Attach one with `aws iam attach-role-policy` or add one with `aws iam put-role-policy`.',
    });
  });

  test('a missing request names it and the policies the role has', async () => {
    const outcome = await check.run(withRole({ inline: { R: policy('s3:ListAllMyBuckets') } }));
    expect(outcome).toEqual({
      pass: false,
      message:
        'A session of `Reader` should be allowed `s3:GetObject` on `arn:aws:s3:::camera/clip.mp4`, but it is not: no statement allows it (the role has: inline policy R).',
    });
  });

  test('the bucket ARN instead of its objects gets the evaluator hint', async () => {
    const document = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' },
        { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::camera' },
      ],
    });
    const outcome = await check.run(withRole({ inline: { R: document } }));
    expect((outcome as { message: string }).message).toContain('on the bucket, not on its objects');
  });

  test('too much fails on the first denied request', async () => {
    const outcome = await check.run(withRole({ attached: ['arn:aws:iam::aws:policy/AmazonS3FullAccess'] }));
    expect(outcome.pass).toBe(false);
    expect((outcome as { message: string }).message).toMatch(
      /^A session of `Reader` should not be allowed `s3:PutObject` on `arn:aws:s3:::camera\/clip\.mp4`, but it is \(.+\): the role's policies allow too much\.$/,
    );
  });

  test('an explicit Deny beside an allow keeps the request out', async () => {
    const state = withRole({
      attached: ['arn:aws:iam::aws:policy/AmazonS3FullAccess'],
      inline: { NoWrite: policy('s3:PutObject', '*', 'Deny') },
    });
    expect(await check.run(state)).toEqual({ pass: true });
  });

  test('a missing role says how to create it', async () => {
    expect((await check.run(withRole())).pass).toBe(false);
  });
});
