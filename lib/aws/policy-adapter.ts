// The seam between the call pipeline and the policy evaluator (lib/aws/policy, written separately):
// until that evaluator lands, a minimal one (Allow/Deny, Action/Resource with `*` wildcards, no conditions).
import type { AuthorizationRequest, Decision } from './authorization';
import type { SimulatedAccount } from './types';

/** AWS managed policies the seeded account relies on (the full catalog lives in lib/aws/policy). */
const MANAGED: Record<string, string> = {
  'arn:aws:iam::aws:policy/AdministratorAccess':
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
};

/** What IAM reports about an AWS managed policy of the catalog (GetPolicy, ListPolicies, GetPolicyVersion). */
export interface AwsManagedPolicy {
  arn: string;
  name: string;
  policyId: string;
  defaultVersionId: string;
  createDate: string;
  updateDate: string;
  document: string;
}

const MANAGED_INFO: Record<string, Omit<AwsManagedPolicy, 'arn' | 'document'>> = {
  'arn:aws:iam::aws:policy/AdministratorAccess': {
    name: 'AdministratorAccess',
    policyId: 'ANPAIWMBCKSKIEE64ZLYK',
    defaultVersionId: 'v1',
    createDate: '2015-02-06T18:39:46+00:00',
    updateDate: '2015-02-06T18:39:46+00:00',
  },
};

/** The AWS managed policies the sandbox knows, in ARN order. */
export function awsManagedPolicies(): AwsManagedPolicy[] {
  return Object.keys(MANAGED)
    .sort()
    .map((arn) => ({ arn, document: MANAGED[arn]!, ...MANAGED_INFO[arn]! }));
}

/** The default version's document of a managed policy (customer or AWS managed), or null when unknown. */
export function managedPolicyDocument(account: SimulatedAccount, arn: string): string | null {
  if (MANAGED[arn] !== undefined) return MANAGED[arn];
  const prefix = `arn:aws:iam::${account.accountId}:policy`;
  for (const policy of account.policies ?? []) {
    if (`${prefix}${policy.path ?? '/'}${policy.policyName}` !== arn) continue;
    return policy.versions.find((v) => v.isDefault)?.document ?? null;
  }
  return null;
}

function matches(pattern: string, value: string, caseless: boolean): boolean {
  const escaped = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`, caseless ? 'is' : 's').test(value);
}

const asList = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.filter((v) => typeof v === 'string')
      : [];

/** Explicit deny beats allow; no allow is an implicit deny. Statements with conditions are skipped. */
export function evaluatePolicies(request: AuthorizationRequest): Decision {
  let allowedBy: string | null = null;
  for (const source of [
    ...request.identityPolicies,
    ...(request.resourcePolicy ? [request.resourcePolicy] : []),
  ]) {
    let document: { Statement?: unknown };
    try {
      document = JSON.parse(source.document);
    } catch {
      continue;
    }
    const statements = Array.isArray(document.Statement) ? document.Statement : [document.Statement];
    for (const statement of statements as Record<string, unknown>[]) {
      if (!statement || statement.Condition) continue;
      const action = asList(statement.Action).some((a) => matches(a, request.action, true));
      const resource =
        statement.Resource === undefined ||
        asList(statement.Resource).some((r) => matches(r, request.resource, false));
      if (!action || !resource) continue;
      if (statement.Effect === 'Deny') {
        return { decision: 'explicit-deny', reason: `denied by a statement of ${source.label}` };
      }
      if (statement.Effect === 'Allow') allowedBy ??= source.label;
    }
  }
  if (allowedBy) return { decision: 'allow', reason: `allowed by ${allowedBy}` };
  return { decision: 'implicit-deny', reason: `no policy allows ${request.action} on ${request.resource}` };
}
