// The account in saved state: old shapes brought up to date (normalizeAccount) and untrusted JSON
// checked field by field into a clean copy (validateAccount, called by the snapshot validator).
import type {
  AccessKey,
  SimulatedAccount,
  SimulatedBucket,
  SimulatedGroup,
  SimulatedPolicy,
  SimulatedRole,
  SimulatedRoleSession,
  SimulatedUser,
  Tag,
} from './types';

/**
 * Brings an account from an older saved state or setup up to date, in place (idempotent): legacy
 * `user.buckets` move to `account.buckets` (keeping their owner), and the users of such a legacy account
 * that were given no permissions are flagged `unrestricted`, as the first lessons assume.
 */
export function normalizeAccount(account: SimulatedAccount): SimulatedAccount {
  if (account.buckets === undefined) {
    account.buckets = [];
    for (const user of account.users) {
      const modelled = user.attachedPolicies || user.inlinePolicies || user.groups;
      if (!modelled && user.unrestricted === undefined) user.unrestricted = true;
      for (const bucket of user.buckets ?? []) account.buckets.push({ ...bucket, owner: user.userName });
      user.buckets = [];
    }
  }
  for (const user of account.users) {
    user.buckets ??= [];
    for (const key of user.accessKeys) key.status ??= 'Active';
  }
  return account;
}

class Invalid extends Error {
  constructor(
    readonly where: string,
    message: string,
  ) {
    super(message);
  }
}

const fail = (where: string, message: string): never => {
  throw new Invalid(where, message);
};
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const obj = (v: unknown, at: string) => (isObject(v) ? v : fail(at, 'expected an object'));
const str = (v: unknown, at: string): string => (typeof v === 'string' ? v : fail(at, 'expected a string'));
const list = (v: unknown, at: string): unknown[] => (Array.isArray(v) ? v : fail(at, 'expected an array'));
const nonEmpty = (v: unknown, at: string) => str(v, at) || fail(at, 'must not be empty');

function optional<T>(v: unknown, at: string, read: (v: unknown, at: string) => T): T | undefined {
  return v === undefined ? undefined : read(v, at);
}
const strings = (v: unknown, at: string) => list(v, at).map((s, i) => str(s, `${at}.${i}`));
const bool = (v: unknown, at: string) => (typeof v === 'boolean' ? v : fail(at, 'expected true or false'));
function oneOf<T extends string>(choices: readonly T[]) {
  return (v: unknown, at: string): T =>
    choices.includes(v as T) ? (v as T) : fail(at, `expected one of ${choices.join(', ')}`);
}
function inlinePolicies(v: unknown, at: string): Record<string, string> {
  return Object.fromEntries(Object.entries(obj(v, at)).map(([k, d]) => [k, str(d, `${at}.${k}`)]));
}
const tags = (v: unknown, at: string): Tag[] =>
  list(v, at).map((t, i) => {
    const tag = obj(t, `${at}.${i}`);
    return { Key: str(tag.Key, `${at}.${i}.Key`), Value: str(tag.Value, `${at}.${i}.Value`) };
  });

/** Copies the listed optional fields that are present, each checked by its reader. */
function pick<T>(
  source: Record<string, unknown>,
  at: string,
  readers: Record<string, (v: unknown, at: string) => unknown>,
): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [field, read] of Object.entries(readers)) {
    const value = optional(source[field], `${at}.${field}`, read);
    if (value !== undefined) out[field] = value;
  }
  return out as Partial<T>;
}

function accessKey(v: unknown, at: string): AccessKey {
  const k = obj(v, at);
  const lastUsed = optional(k.lastUsed, `${at}.lastUsed`, (u, a) => {
    const used = obj(u, a);
    return {
      date: str(used.date, `${a}.date`),
      serviceName: str(used.serviceName, `${a}.serviceName`),
      region: str(used.region, `${a}.region`),
    };
  });
  return {
    accessKeyId: str(k.accessKeyId, `${at}.accessKeyId`),
    secretAccessKey: str(k.secretAccessKey, `${at}.secretAccessKey`),
    ...pick<AccessKey>(k, at, { status: oneOf(['Active', 'Inactive'] as const), createDate: str }),
    ...(lastUsed ? { lastUsed } : {}),
  };
}

function bucket(v: unknown, at: string): SimulatedBucket {
  const b = obj(v, at);
  const objects = optional(b.objects, `${at}.objects`, (o, a) =>
    Object.fromEntries(
      Object.entries(obj(o, a)).map(([key, value]) => {
        const item = obj(value, `${a}.${key}`);
        const size = item.size;
        if (typeof size !== 'number' || !Number.isInteger(size) || size < 0)
          fail(`${a}.${key}.size`, 'expected a size');
        return [
          key,
          {
            ...item,
            body: str(item.body, `${a}.${key}.body`),
            etag: str(item.etag, `${a}.${key}.etag`),
            size: size as number,
            lastModified: str(item.lastModified, `${a}.${key}.lastModified`),
          },
        ];
      }),
    ),
  );
  const publicAccessBlock = optional(b.publicAccessBlock, `${at}.publicAccessBlock`, (p, a) => {
    const block = obj(p, a);
    return {
      BlockPublicAcls: bool(block.BlockPublicAcls, `${a}.BlockPublicAcls`),
      IgnorePublicAcls: bool(block.IgnorePublicAcls, `${a}.IgnorePublicAcls`),
      BlockPublicPolicy: bool(block.BlockPublicPolicy, `${a}.BlockPublicPolicy`),
      RestrictPublicBuckets: bool(block.RestrictPublicBuckets, `${a}.RestrictPublicBuckets`),
    };
  });
  return {
    name: nonEmpty(b.name, `${at}.name`),
    creationDate: str(b.creationDate, `${at}.creationDate`),
    ...pick<SimulatedBucket>(b, at, {
      region: str,
      owner: str,
      policy: str,
      lifecycle: str,
      tags,
      versioning: oneOf(['Enabled', 'Suspended'] as const),
    }),
    ...(objects ? { objects: objects as SimulatedBucket['objects'] } : {}),
    ...(publicAccessBlock ? { publicAccessBlock } : {}),
  };
}

function user(v: unknown, at: string): SimulatedUser {
  const u = obj(v, at);
  return {
    userName: nonEmpty(u.userName, `${at}.userName`),
    userId: nonEmpty(u.userId, `${at}.userId`),
    accessKeys: list(u.accessKeys, `${at}.accessKeys`).map((k, i) => accessKey(k, `${at}.accessKeys.${i}`)),
    buckets: (optional(u.buckets, `${at}.buckets`, list) ?? []).map((b, i) =>
      bucket(b, `${at}.buckets.${i}`),
    ),
    ...pick<SimulatedUser>(u, at, {
      path: str,
      createDate: str,
      groups: strings,
      attachedPolicies: strings,
      inlinePolicies,
      tags,
      unrestricted: bool,
    }),
  };
}

function group(v: unknown, at: string): SimulatedGroup {
  const g = obj(v, at);
  return {
    groupName: nonEmpty(g.groupName, `${at}.groupName`),
    groupId: nonEmpty(g.groupId, `${at}.groupId`),
    ...pick<SimulatedGroup>(g, at, { path: str, createDate: str, attachedPolicies: strings, inlinePolicies }),
  };
}

function role(v: unknown, at: string): SimulatedRole {
  const r = obj(v, at);
  const maxSessionDuration = optional(r.maxSessionDuration, `${at}.maxSessionDuration`, (d, a) =>
    typeof d === 'number' && Number.isInteger(d) && d >= 3600 && d <= 43200
      ? d
      : fail(a, 'expected 3600 to 43200 seconds'),
  );
  return {
    roleName: nonEmpty(r.roleName, `${at}.roleName`),
    roleId: nonEmpty(r.roleId, `${at}.roleId`),
    assumeRolePolicyDocument: str(r.assumeRolePolicyDocument, `${at}.assumeRolePolicyDocument`),
    ...pick<SimulatedRole>(r, at, {
      path: str,
      createDate: str,
      description: str,
      attachedPolicies: strings,
      inlinePolicies,
      tags,
    }),
    ...(maxSessionDuration ? { maxSessionDuration } : {}),
  };
}

function policy(v: unknown, at: string): SimulatedPolicy {
  const p = obj(v, at);
  const versions = list(p.versions, `${at}.versions`).map((item, i) => {
    const a = `${at}.versions.${i}`;
    const version = obj(item, a);
    return {
      versionId: str(version.versionId, `${a}.versionId`),
      document: str(version.document, `${a}.document`),
      isDefault: bool(version.isDefault, `${a}.isDefault`),
      createDate: str(version.createDate, `${a}.createDate`),
    };
  });
  if (versions.length < 1 || versions.length > 5) fail(`${at}.versions`, 'expected one to five versions');
  if (versions.filter((x) => x.isDefault).length !== 1)
    fail(`${at}.versions`, 'expected exactly one default version');
  return {
    policyName: nonEmpty(p.policyName, `${at}.policyName`),
    policyId: nonEmpty(p.policyId, `${at}.policyId`),
    versions,
    ...pick<SimulatedPolicy>(p, at, { path: str, description: str, createDate: str, tags }),
  };
}

function session(v: unknown, at: string): SimulatedRoleSession {
  const s = obj(v, at);
  const field = (name: keyof SimulatedRoleSession) => str(s[name], `${at}.${name}`);
  return {
    accessKeyId: field('accessKeyId'),
    secretAccessKey: field('secretAccessKey'),
    sessionToken: field('sessionToken'),
    expiration: field('expiration'),
    roleName: field('roleName'),
    roleSessionName: field('roleSessionName'),
    sourceIdentityArn: field('sourceIdentityArn'),
  };
}

function account(value: unknown): SimulatedAccount {
  const a = obj(value, '');
  const accountId = str(a.accountId, '.accountId');
  if (!/^\d{12}$/.test(accountId)) fail('.accountId', 'expected 12 digits');
  const each = <T>(field: string, read: (v: unknown, at: string) => T) =>
    optional(a[field], `.${field}`, (v, at) => list(v, at).map((item, i) => read(item, `${at}.${i}`)));
  const result: SimulatedAccount = {
    accountId,
    users: each('users', user) ?? fail('.users', 'expected an array'),
  };
  const groups = each('groups', group);
  const roles = each('roles', role);
  const policies = each('policies', policy);
  const buckets = each('buckets', bucket);
  const sessions = each('sessions', session);
  if (groups) result.groups = groups;
  if (roles) result.roles = roles;
  if (policies) result.policies = policies;
  if (buckets) result.buckets = buckets;
  if (sessions) result.sessions = sessions;
  const retired = optional(a.retiredAccessKeyIds, '.retiredAccessKeyIds', (v, at) =>
    list(v, at).map((item, i) => str(item, `${at}.${i}`)),
  );
  if (retired) result.retiredAccessKeyIds = retired;
  if (a.clock !== undefined) {
    const clock = str(a.clock, '.clock');
    if (Number.isNaN(Date.parse(clock))) fail('.clock', 'expected an ISO 8601 time');
    result.clock = clock;
  }
  return result;
}

/**
 * Checks untrusted saved state (a SimulatedAccount as JSON) and returns a clean copy, or where it is wrong
 * (`where` is a path such as `.users.0.accessKeys.1.status`). Never throws.
 */
export function validateAccount(
  value: unknown,
): { ok: true; account: SimulatedAccount } | { ok: false; where: string; message: string } {
  try {
    return { ok: true, account: account(value) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, where: error.where, message: error.message };
    return { ok: false, where: '', message: (error as Error).message };
  }
}
