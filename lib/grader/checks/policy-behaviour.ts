// Check: a policy allows exactly these requests and denies those, decided by the policy evaluator (any correct
// policy passes, however it is written).
import { findManagedPolicy, loadManagedPolicyDocument } from '../../aws/policy/managed-policies';
import { evaluate } from '../../aws/policy/evaluate';
import { policyMistakeHint } from '../../aws/policy/hints';
import { parsePolicyDocument } from '../../aws/policy/parse';
import type { NamedPolicy, PolicyKind, RequestContext, RequestPrincipal } from '../../aws/policy/types';
import type { SimulatedAccount } from '../../aws/types';
import type { Check, CheckOutcome, GradeState } from '../types';

/** Where the policy under test is. */
export type PolicyLocation =
  /** A JSON file in the sandbox (`~/policy.json`), read as an identity policy unless `kind` says otherwise. */
  | { file: string; kind?: PolicyKind }
  /** An inline policy of a user or role in the account. */
  | { user: string; inlinePolicy: string }
  | { role: string; inlinePolicy: string }
  /** A customer managed policy's default version (by name), or an AWS managed policy ARN. */
  | { managedPolicy: string }
  /** A bucket's policy (a resource policy: give `principalArn`). */
  | { bucketPolicy: string };

/** One request the policy must allow or deny. */
export interface PolicyRequest {
  action: string;
  resource: string;
  context?: RequestContext;
}

export interface PolicyBehaviourOptions {
  id: string;
  label: string;
  policy: PolicyLocation;
  allows: PolicyRequest[];
  denies: PolicyRequest[];
  /** Who makes the requests (default: the entity holding the policy, else `arn:aws:iam::<account>:user/learner`). */
  principalArn?: string;
}

type Found = { text: string; kind: PolicyKind; source: string } | { missing: string };

function locate(state: GradeState, where: PolicyLocation): Found {
  const account = state.account;
  if ('file' in where) {
    const text = state.readFile(where.file);
    const shown = state.displayPath(where.file);
    return text === null
      ? { missing: `\`${shown}\` does not exist yet.` }
      : { text, kind: where.kind ?? 'identity', source: shown };
  }
  if ('inlinePolicy' in where) {
    const owner =
      'user' in where
        ? account.users.find((u) => u.userName === where.user)
        : (account.roles ?? []).find((r) => r.roleName === where.role);
    const label = 'user' in where ? `user ${where.user}` : `role ${where.role}`;
    if (!owner) return { missing: `There is no ${label} yet.` };
    const text = owner.inlinePolicies?.[where.inlinePolicy];
    return text === undefined
      ? { missing: `${label} has no inline policy named ${where.inlinePolicy} yet.` }
      : { text, kind: 'identity', source: `${label} inline policy ${where.inlinePolicy}` };
  }
  if ('bucketPolicy' in where) {
    const bucket = (account.buckets ?? []).find((b) => b.name === where.bucketPolicy);
    if (!bucket) return { missing: `There is no bucket ${where.bucketPolicy} yet.` };
    return bucket.policy === undefined
      ? { missing: `Bucket ${where.bucketPolicy} has no bucket policy yet.` }
      : { text: bucket.policy, kind: 'resource', source: `bucket policy of ${where.bucketPolicy}` };
  }
  const policy = (account.policies ?? []).find((p) => p.policyName === where.managedPolicy);
  const version = policy?.versions.find((v) => v.isDefault);
  return version
    ? { text: version.document, kind: 'identity', source: `managed policy ${where.managedPolicy}` }
    : { missing: `There is no managed policy named ${where.managedPolicy} yet.` };
}

function principalFor(account: SimulatedAccount, where: PolicyLocation, arn?: string): RequestPrincipal {
  const accountId = account.accountId;
  const name = 'user' in where ? where.user : undefined;
  const principalArn =
    arn ?? (name ? `arn:aws:iam::${accountId}:user/${name}` : `arn:aws:iam::${accountId}:user/learner`);
  const role = 'role' in where ? where.role : undefined;
  if (role && !arn) {
    return {
      type: 'assumed-role',
      arn: `arn:aws:sts::${accountId}:assumed-role/${role}/check`,
      accountId,
      roleArn: `arn:aws:iam::${accountId}:role/${role}`,
      roleName: role,
      sessionName: 'check',
    };
  }
  return {
    type: 'user',
    arn: principalArn,
    accountId,
    userName: principalArn.slice(principalArn.lastIndexOf('/') + 1),
  };
}

const shown = (r: PolicyRequest) => `\`${r.action}\` on \`${r.resource}\``;

/** The check: every `allows` request is allowed and every `denies` request is denied by the policy alone. */
export function policyBehaviour(options: PolicyBehaviourOptions): Check {
  const { id, label, policy, allows, denies, principalArn } = options;
  return {
    id,
    label,
    async run(state): Promise<CheckOutcome> {
      let found: Found;
      const awsManaged = 'managedPolicy' in policy ? findManagedPolicy(policy.managedPolicy) : undefined;
      if (awsManaged) {
        const document = await loadManagedPolicyDocument(awsManaged.arn);
        found = {
          text: JSON.stringify(document),
          kind: 'identity',
          source: `managed policy ${awsManaged.arn}`,
        };
      } else found = locate(state, policy);
      if ('missing' in found) return { pass: false, message: found.missing };
      const parsed = parsePolicyDocument(found.text, found.kind);
      if (!parsed.ok) {
        return {
          pass: false,
          message: `${found.source} is not a valid policy: AWS would answer ${parsed.error.code}: ${parsed.error.message}`,
        };
      }
      const named: NamedPolicy = {
        source: found.source,
        sourceKind: found.kind === 'resource' ? 'bucket-policy' : 'custom',
        document: parsed.document,
      };
      const principal = principalFor(state.account, policy, principalArn);
      const decide = (r: PolicyRequest) =>
        evaluate({
          principal,
          identityPolicies: found.kind === 'resource' ? [] : [named],
          ...(found.kind === 'resource' && { resourcePolicy: named }),
          action: r.action,
          resource: r.resource,
          ...(r.context && { context: r.context }),
        });
      for (const request of allows) {
        const decision = decide(request);
        if (decision.allowed) continue;
        const hint = policyMistakeHint(decision);
        const why =
          hint ??
          (decision.decision === 'explicit-deny' ? `a Deny statement matches it` : 'no statement allows it');
        return {
          pass: false,
          message: `${found.source} should allow ${shown(request)}, but it does not: ${why}.`,
        };
      }
      for (const request of denies) {
        const decision = decide(request);
        if (!decision.allowed) continue;
        const by = decision.decidedBy;
        const statement = by ? `statement ${by.index}${by.sid ? ` (Sid ${by.sid})` : ''}` : 'a statement';
        return {
          pass: false,
          message: `${found.source} should not allow ${shown(request)}, but ${statement} allows it: narrow its Action or Resource.`,
        };
      }
      return { pass: true };
    },
  };
}
