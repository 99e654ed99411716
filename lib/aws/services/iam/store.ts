// The simulated IAM service's data access: lookups that fail with IAM's own errors, ARNs, ids, the
// response shapes, and the checks IAM makes on names and policy documents (IAM API reference).
import { userArn, roleArn } from '../../account';
import { policyExists } from '../../policy-adapter';
import {
  parsePolicyDocument,
  policySize,
  policySizeError,
  type POLICY_SIZE_QUOTAS,
} from '../../policy/parse';
import type {
  SimulatedAccount,
  SimulatedGroup,
  SimulatedPolicy,
  SimulatedRole,
  SimulatedUser,
  Tag,
} from '../../types';
import { ServiceError, type OperationCall } from '../operation';

export { userArn, roleArn };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+';

/** A deterministic pseudo-random string from a seed (FNV-1a then xorshift): same account state, same ids. */
export function deriveId(seed: string, length: number, alphabet = ALPHABET): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  let out = '';
  for (let i = 0; i < length; i++) {
    h ^= h << 13;
    h ^= h >>> 17;
    h ^= h << 5;
    h >>>= 0;
    out += alphabet[h % alphabet.length];
  }
  return out;
}

export const deriveSecret = (seed: string) => deriveId(`secret:${seed}`, 40, SECRET_ALPHABET);

/** IAM's ValidationError for a name outside its pattern `[\w+=,.@-]+` (API reference, e.g. CreateUser). */
export function checkName(field: string, value: string, max: number): void {
  const problems: string[] = [];
  if (!/^[\w+=,.@-]+$/.test(value)) {
    problems.push(
      `Value '${value}' at '${field}' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+`,
    );
  }
  if (value.length > max) {
    problems.push(
      `Value '${value}' at '${field}' failed to satisfy constraint: Member must have length less than or equal to ${max}`,
    );
  }
  if (problems.length) {
    const count = problems.length === 1 ? '1 validation error' : `${problems.length} validation errors`;
    throw new ServiceError('ValidationError', `${count} detected: ${problems.join('; ')}`);
  }
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function findUser(account: SimulatedAccount, name: string): SimulatedUser {
  const user = account.users.find((u) => u.userName === name);
  if (!user) throw new ServiceError('NoSuchEntity', `The user with name ${name} cannot be found.`);
  return user;
}

/** The user a key operation is about: --user-name, or the caller when it is a user. */
export function targetUser(call: OperationCall, name: unknown): SimulatedUser {
  if (typeof name === 'string') return findUser(call.account, name);
  if (call.principal.kind === 'user') return call.principal.user;
  throw new ServiceError('ValidationError', 'Must specify userName when calling with non-User credentials');
}

export function findGroup(account: SimulatedAccount, name: string): SimulatedGroup {
  const group = (account.groups ?? []).find((g) => g.groupName === name);
  if (!group) throw new ServiceError('NoSuchEntity', `The group with name ${name} cannot be found.`);
  return group;
}

export function findRole(account: SimulatedAccount, name: string): SimulatedRole {
  const role = (account.roles ?? []).find((r) => r.roleName === name);
  if (!role) throw new ServiceError('NoSuchEntity', `The role with name ${name} cannot be found.`);
  return role;
}

export function userExists(account: SimulatedAccount, name: string): boolean {
  return account.users.some((u) => sameName(u.userName, name));
}
export function groupExists(account: SimulatedAccount, name: string): boolean {
  return (account.groups ?? []).some((g) => sameName(g.groupName, name));
}
export function roleExists(account: SimulatedAccount, name: string): boolean {
  return (account.roles ?? []).some((r) => sameName(r.roleName, name));
}

export function groupArn(account: SimulatedAccount, group: SimulatedGroup): string {
  return `arn:aws:iam::${account.accountId}:group${group.path ?? '/'}${group.groupName}`;
}

export function policyArn(account: SimulatedAccount, policy: SimulatedPolicy): string {
  return `arn:aws:iam::${account.accountId}:policy${policy.path ?? '/'}${policy.policyName}`;
}

/** The customer managed policy with this ARN, or an IAM NoSuchEntity error. */
export function findPolicy(account: SimulatedAccount, arn: string): SimulatedPolicy {
  const policy = (account.policies ?? []).find((p) => policyArn(account, p) === arn);
  if (!policy) throw new ServiceError('NoSuchEntity', `Policy ${arn} does not exist or is not attachable.`);
  return policy;
}

/** True for an AWS managed policy of the catalog or a customer managed policy of the account. */
export function isAttachable(account: SimulatedAccount, arn: string): boolean {
  return policyExists(account, arn);
}

/** The name part of a policy ARN. */
export const policyNameOf = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);

/** Every entity's attached policy list, for attachment counts and list-entities-for-policy. */
export function attachments(account: SimulatedAccount, arn: string) {
  return {
    users: account.users.filter((u) => u.attachedPolicies?.includes(arn)),
    groups: (account.groups ?? []).filter((g) => g.attachedPolicies?.includes(arn)),
    roles: (account.roles ?? []).filter((r) => r.attachedPolicies?.includes(arn)),
  };
}

const tagsOf = (tags: Tag[] | undefined) => (tags && tags.length ? { Tags: tags } : {});

export function userResponse(account: SimulatedAccount, user: SimulatedUser, withTags = true) {
  return {
    Path: user.path ?? '/',
    UserName: user.userName,
    UserId: user.userId,
    Arn: userArn(account, user),
    CreateDate: user.createDate ?? '2024-01-15T10:00:00+00:00',
    ...(withTags ? tagsOf(user.tags) : {}),
  };
}

export function groupResponse(account: SimulatedAccount, group: SimulatedGroup) {
  return {
    Path: group.path ?? '/',
    GroupName: group.groupName,
    GroupId: group.groupId,
    Arn: groupArn(account, group),
    CreateDate: group.createDate ?? '2024-01-15T10:00:00+00:00',
  };
}

/** A policy document as the CLI prints it: IAM returns it URL-encoded and the CLI decodes and parses it. */
export function documentValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function roleResponse(account: SimulatedAccount, role: SimulatedRole, full: boolean) {
  return {
    Path: role.path ?? '/',
    RoleName: role.roleName,
    RoleId: role.roleId,
    Arn: roleArn(account, role),
    CreateDate: role.createDate ?? '2024-01-15T10:00:00+00:00',
    AssumeRolePolicyDocument: documentValue(role.assumeRolePolicyDocument),
    ...(role.description !== undefined ? { Description: role.description } : {}),
    MaxSessionDuration: role.maxSessionDuration ?? 3600,
    ...(full ? { ...tagsOf(role.tags), RoleLastUsed: {} } : {}),
  };
}

/** A list page as IAM returns it: `MaxItems` (default 100) items from `Marker`, then IsTruncated/Marker. */
export function page<T>(items: T[], input: Record<string, unknown>, key: string): Record<string, unknown> {
  const start = typeof input.Marker === 'string' ? Number.parseInt(atob(input.Marker), 10) || 0 : 0;
  const size = typeof input.MaxItems === 'number' ? input.MaxItems : 100;
  const slice = items.slice(start, start + size);
  const truncated = start + size < items.length;
  return {
    [key]: slice,
    IsTruncated: truncated,
    ...(truncated ? { Marker: btoa(String(start + size)) } : {}),
  };
}

/**
 * IAM's checks of a policy document (CreatePolicy, Put*Policy, CreateRole) through the policy parser:
 * MalformedPolicyDocument with IAM's texts, then the size quota → LimitExceeded. For inline policies
 * `otherSize` is the size of the entity's other inline policies (the quota is per entity).
 */
export function checkPolicyDocument(
  text: string,
  kind: 'identity' | 'trust',
  quota: keyof typeof POLICY_SIZE_QUOTAS | null,
  entityName = '',
  otherSize = 0,
): void {
  const parsed = parsePolicyDocument(text, kind);
  if (!parsed.ok) throw new ServiceError(parsed.error.code, parsed.error.message);
  if (quota === null) return;
  const error = policySizeError(policySize(text) + otherSize, quota, entityName);
  if (error) throw new ServiceError(error.code, error.message);
}
