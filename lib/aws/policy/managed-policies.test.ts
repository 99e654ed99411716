// The managed policy catalog: real documents that parse and evaluate as AWS documents them.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { evaluate } from './evaluate';
import {
  AWS_MANAGED_POLICIES,
  findManagedPolicy,
  loadManagedPolicyDocument,
  managedPolicyDocument,
  managedPolicyText,
} from './managed-policies';
import { parsePolicyDocument } from './parse';
import type { RequestPrincipal } from './types';

const alice: RequestPrincipal = {
  type: 'user',
  arn: 'arn:aws:iam::111122223333:user/alice',
  accountId: '111122223333',
  userName: 'alice',
};

async function decide(name: string, action: string, resource: string) {
  const arn = `arn:aws:iam::aws:policy/${name}`;
  const parsed = parsePolicyDocument(JSON.stringify(await loadManagedPolicyDocument(arn)), 'identity');
  if (!parsed.ok) throw new Error(parsed.error.message);
  return evaluate({
    principal: alice,
    identityPolicies: [
      { source: `managed policy ${arn}`, sourceKind: 'user-managed', document: parsed.document },
    ],
    action,
    resource,
  }).decision;
}

describe('AWS managed policies', () => {
  test('the seven lesson policies are there with ids, default versions and ARNs', () => {
    expect(AWS_MANAGED_POLICIES.map((p) => p.policyName)).toEqual([
      'AdministratorAccess',
      'PowerUserAccess',
      'ReadOnlyAccess',
      'IAMReadOnlyAccess',
      'IAMUserChangePassword',
      'AmazonS3FullAccess',
      'AmazonS3ReadOnlyAccess',
    ]);
    for (const p of AWS_MANAGED_POLICIES) {
      expect(p.arn).toBe(`arn:aws:iam::aws:policy/${p.policyName}`);
      expect(p.policyId).toMatch(/^ANPA[A-Z0-9]{17}$/);
      expect(p.defaultVersionId).toMatch(/^v\d+$/);
    }
    expect(findManagedPolicy('arn:aws:iam::aws:policy/AdministratorAccess')?.policyId).toBe(
      'ANPAIWMBCKSKIEE64ZLYK',
    );
    expect(findManagedPolicy('arn:aws:iam::aws:policy/Nope')).toBeUndefined();
  });

  test('every document parses as a valid identity policy', async () => {
    for (const p of AWS_MANAGED_POLICIES) {
      const r = parsePolicyDocument(JSON.stringify(await loadManagedPolicyDocument(p.arn)), 'identity');
      expect(r.ok, p.policyName).toBe(true);
    }
  });

  test('ReadOnlyAccess is loaded on demand and is the real 2-statement document', async () => {
    const arn = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
    const doc = await loadManagedPolicyDocument(arn);
    expect(managedPolicyDocument(arn)).toBe(doc);
    expect(managedPolicyText(arn)).toBe(managedPolicyText(arn));
    expect(JSON.parse(managedPolicyText(arn)!)).toEqual(doc);
    expect(doc?.Statement.map((s) => s.Sid)).toEqual(['ReadOnlyActionsGroup1', 'ReadOnlyActionsGroup2']);
    const actions = doc!.Statement.flatMap((s) => s.Action as string[]);
    expect(actions.length).toBeGreaterThan(2500);
    expect(actions).toContain('s3:Get*');
    expect(actions.every((a) => /^[a-z0-9-]+:[A-Za-z0-9*]+$/.test(a))).toBe(true);
  });

  test('the ReadOnlyAccess module stays small once gzipped', () => {
    const source = readFileSync(new URL('./managed/read-only-access.ts', import.meta.url));
    expect(gzipSync(source, { level: 9 }).length).toBeLessThan(15_000);
  });

  // https://docs.aws.amazon.com/aws-managed-policy/latest/reference/<name>.html: what each one grants.
  test.each([
    ['AdministratorAccess', 'iam:CreateUser', 'arn:aws:iam::111122223333:user/bob', 'allow'],
    ['PowerUserAccess', 's3:PutObject', 'arn:aws:s3:::b/k', 'allow'],
    ['PowerUserAccess', 'iam:CreateUser', 'arn:aws:iam::111122223333:user/bob', 'implicit-deny'],
    ['PowerUserAccess', 'iam:ListRoles', 'arn:aws:iam::111122223333:role/', 'allow'],
    ['ReadOnlyAccess', 's3:GetObject', 'arn:aws:s3:::b/k', 'allow'],
    ['ReadOnlyAccess', 'ec2:DescribeInstances', '*', 'allow'],
    ['ReadOnlyAccess', 's3:PutObject', 'arn:aws:s3:::b/k', 'implicit-deny'],
    ['IAMReadOnlyAccess', 'iam:ListUsers', 'arn:aws:iam::111122223333:user/', 'allow'],
    ['IAMReadOnlyAccess', 'iam:CreateAccessKey', 'arn:aws:iam::111122223333:user/alice', 'implicit-deny'],
    ['IAMUserChangePassword', 'iam:ChangePassword', 'arn:aws:iam::111122223333:user/alice', 'allow'],
    ['IAMUserChangePassword', 'iam:ChangePassword', 'arn:aws:iam::111122223333:user/bob', 'implicit-deny'],
    ['AmazonS3FullAccess', 's3:DeleteBucket', 'arn:aws:s3:::b', 'allow'],
    ['AmazonS3ReadOnlyAccess', 's3:ListBucket', 'arn:aws:s3:::b', 'allow'],
    ['AmazonS3ReadOnlyAccess', 's3:PutObject', 'arn:aws:s3:::b/k', 'implicit-deny'],
  ])('%s: %s on %s → %s', async (name, action, resource, expected) => {
    expect(await decide(name, action, resource)).toBe(expected);
  });
});
