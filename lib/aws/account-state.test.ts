// Saved accounts: validation of the new fields on restore, and old shapes brought up to date.
import { describe, expect, test } from 'vitest';
import { normalizeAccount, validateAccount } from './account-state';
import { defaultAccount } from './default-account';

describe('validateAccount', () => {
  test('the default account round-trips through JSON unchanged', () => {
    const result = validateAccount(JSON.parse(JSON.stringify(defaultAccount)));
    expect(result).toEqual({ ok: true, account: defaultAccount });
  });

  test('keeps roles, policies, sessions, key status and objects; drops unknown fields', () => {
    const input = {
      accountId: '123456789012',
      users: [
        {
          userName: 'u',
          userId: 'AIDAEXAMPLE',
          accessKeys: [{ accessKeyId: 'AKIA1', secretAccessKey: 's', status: 'Inactive', junk: 1 }],
          groups: ['devs'],
        },
      ],
      roles: [{ roleName: 'r', roleId: 'AROA1', assumeRolePolicyDocument: '{}', maxSessionDuration: 7200 }],
      policies: [
        {
          policyName: 'p',
          policyId: 'ANPA1',
          versions: [
            { versionId: 'v1', document: '{}', isDefault: true, createDate: '2026-01-01T00:00:00Z' },
          ],
        },
      ],
      buckets: [
        {
          name: 'b',
          creationDate: '2026-01-01T00:00:00Z',
          objects: { k: { body: '', etag: '"x"', size: 0, lastModified: 'x' } },
        },
      ],
      clock: '2026-01-01T00:00:00Z',
    };
    const result = validateAccount(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.account.users[0]!.accessKeys[0]).toEqual({
      accessKeyId: 'AKIA1',
      secretAccessKey: 's',
      status: 'Inactive',
    });
    expect(result.account.users[0]!.buckets).toEqual([]);
    expect(result.account.roles![0]!.maxSessionDuration).toBe(7200);
    expect(result.account.buckets![0]!.objects!.k!.size).toBe(0);
  });

  test.each([
    [{ accountId: '12', users: [] }, '.accountId', 'expected 12 digits'],
    [
      {
        accountId: '123456789012',
        users: [
          {
            userName: 'u',
            userId: 'i',
            accessKeys: [{ accessKeyId: 'a', secretAccessKey: 's', status: 'Off' }],
          },
        ],
      },
      '.users.0.accessKeys.0.status',
      'expected one of Active, Inactive',
    ],
    [
      { accountId: '123456789012', users: [], policies: [{ policyName: 'p', policyId: 'i', versions: [] }] },
      '.policies.0.versions',
      'expected one to five versions',
    ],
    [{ accountId: '123456789012', users: [], clock: 'soon' }, '.clock', 'expected an ISO 8601 time'],
  ])('rejects %j at %s', (input, where, message) => {
    expect(validateAccount(input)).toEqual({ ok: false, where, message });
  });
});

describe('normalizeAccount', () => {
  test('is idempotent on the default account', () => {
    const account = structuredClone(defaultAccount);
    expect(normalizeAccount(account)).toEqual(defaultAccount);
  });

  test('keys without a status become Active', () => {
    const account = structuredClone(defaultAccount);
    delete account.users[0]!.accessKeys[0]!.status;
    expect(normalizeAccount(account).users[0]!.accessKeys[0]!.status).toBe('Active');
  });
});
