// The authorization hook of every service call: gathers the principal's identity policies (user, its
// groups, the role of a session: inline and managed) and asks the policy evaluator about one action.
import { roleArn, type Principal } from './account';
import type { SimulatedAccount } from './types';
import { evaluatePolicies, managedPolicyDocument } from './policy-adapter';

/** One policy handed to the evaluator, with a label saying where it came from (for explanations). */
export interface PolicySource {
  /** `user sample_user inline policy S3Read`, `AWS managed policy AdministratorAccess`… */
  label: string;
  /** The policy ARN for managed policies. */
  arn?: string;
  document: string;
}

/** Everything the evaluator needs to decide one request (see lib/aws/policy for the evaluator). */
export interface AuthorizationRequest {
  principalArn: string;
  identityPolicies: PolicySource[];
  /** The bucket policy or role trust policy, when the resource has one. */
  resourcePolicy?: PolicySource;
  /** `s3:GetObject`. */
  action: string;
  /** The resource ARN (`*` for actions without one). */
  resource: string;
  /** Condition keys: aws:username, aws:SecureTransport, aws:SourceIp, aws:CurrentTime, aws:PrincipalArn… */
  context: Record<string, string | string[]>;
}

/** The kind of policy an AccessDenied message names. */
export type DenyingPolicyType = 'identity-based' | 'resource-based';

/** The evaluator's answer. */
export interface Decision {
  decision: 'allow' | 'explicit-deny' | 'implicit-deny';
  /** For an explicit deny: the kind of policy holding the Deny statement (a bucket or trust policy is resource-based). */
  deniedBy?: DenyingPolicyType;
  /** One line for the learner. */
  reason: string;
  /** The evaluator's structured explanation (statements matched). */
  details?: unknown;
}

/** The managed policies attached to an entity, as documents the evaluator reads. */
function managed(
  account: SimulatedAccount,
  arns: readonly string[] | undefined,
  owner: string,
): PolicySource[] {
  const sources: PolicySource[] = [];
  for (const arn of arns ?? []) {
    const document = managedPolicyDocument(account, arn);
    if (document !== null) sources.push({ label: `${owner}: managed policy ${arn}`, arn, document });
  }
  return sources;
}

function inline(policies: Record<string, string> | undefined, owner: string): PolicySource[] {
  return Object.entries(policies ?? {}).map(([name, document]) => ({
    label: `${owner}: inline policy ${name}`,
    document,
  }));
}

/** The managed policy ARNs in effect for a principal (its own and, for a user, its groups'). */
export function attachedPolicyArns(account: SimulatedAccount, principal: Principal): string[] {
  if (principal.kind === 'role-session') return [...(principal.role.attachedPolicies ?? [])];
  const arns = [...(principal.user.attachedPolicies ?? [])];
  for (const name of principal.user.groups ?? []) {
    arns.push(...((account.groups ?? []).find((g) => g.groupName === name)?.attachedPolicies ?? []));
  }
  return arns;
}

/** The identity-based policies in effect for a principal: its own, and its groups' for a user. */
export function identityPolicies(account: SimulatedAccount, principal: Principal): PolicySource[] {
  if (principal.kind === 'role-session') {
    const owner = `role ${principal.role.roleName}`;
    return [
      ...inline(principal.role.inlinePolicies, owner),
      ...managed(account, principal.role.attachedPolicies, owner),
    ];
  }
  const { user } = principal;
  const sources = [
    ...inline(user.inlinePolicies, `user ${user.userName}`),
    ...managed(account, user.attachedPolicies, `user ${user.userName}`),
  ];
  for (const groupName of user.groups ?? []) {
    const group = (account.groups ?? []).find((g) => g.groupName === groupName);
    if (!group) continue;
    const owner = `group ${group.groupName}`;
    sources.push(...inline(group.inlinePolicies, owner), ...managed(account, group.attachedPolicies, owner));
  }
  return sources;
}

/** The request context AWS supplies for every call from the sandbox. */
export function requestContext(
  account: SimulatedAccount,
  principal: Principal,
  now: Date,
): Record<string, string> {
  const context: Record<string, string> = {
    'aws:PrincipalArn': principal.kind === 'user' ? principal.arn : roleArn(account, principal.role),
    'aws:SecureTransport': 'true',
    'aws:SourceIp': '203.0.113.10',
    'aws:CurrentTime': now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    'aws:EpochTime': String(Math.floor(now.getTime() / 1000)),
    'aws:PrincipalType': principal.kind === 'user' ? 'User' : 'AssumedRole',
  };
  if (principal.kind === 'user') {
    context['aws:username'] = principal.user.userName;
    context['aws:userid'] = principal.user.userId;
  } else {
    context['aws:userid'] = `${principal.role.roleId}:${principal.session.roleSessionName}`;
  }
  return context;
}

/** Decides one action for an authenticated principal. Unrestricted (legacy seeded) users are allowed everything. */
export function decide(
  account: SimulatedAccount,
  principal: Principal,
  action: string,
  resource: string,
  now: Date,
  resourcePolicy?: PolicySource,
): Decision {
  if (principal.kind === 'user' && principal.user.unrestricted) {
    return {
      decision: 'allow',
      reason: `${principal.user.userName} is a seeded user of an older saved state: allowed everything`,
    };
  }
  return evaluatePolicies({
    principalArn: principal.arn,
    identityPolicies: identityPolicies(account, principal),
    resourcePolicy,
    action,
    resource,
    context: requestContext(account, principal, now),
  });
}
