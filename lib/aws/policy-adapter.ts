// The seam between the call pipeline and the policy evaluator and AWS managed policy catalog (lib/aws/policy).
import type { AuthorizationRequest, Decision } from './authorization';
import { evaluatePolicyTexts } from './policy/adapter';
import {
  AWS_MANAGED_POLICIES,
  findManagedPolicy,
  loadManagedPolicyDocument,
  managedPolicyText,
} from './policy/managed-policies';
import type { SimulatedAccount } from './types';

/** What IAM reports about an AWS managed policy of the catalog (GetPolicy, ListPolicies, GetPolicyVersion). */
export interface AwsManagedPolicy {
  arn: string;
  name: string;
  policyId: string;
  defaultVersionId: string;
  createDate: string;
  updateDate: string;
  description: string;
  /** The default version's document as JSON text (empty until loaded, see preloadManagedPolicies). */
  document: string;
}

function describe(info: (typeof AWS_MANAGED_POLICIES)[number]): AwsManagedPolicy {
  return {
    arn: info.arn,
    name: info.policyName,
    policyId: info.policyId,
    defaultVersionId: info.defaultVersionId,
    createDate: info.createDate,
    updateDate: info.updateDate,
    description: info.description,
    document: managedPolicyText(info.arn) ?? '',
  };
}

/** The AWS managed policies the sandbox knows, in ARN order. */
export function awsManagedPolicies(): AwsManagedPolicy[] {
  return [...AWS_MANAGED_POLICIES].sort((a, b) => (a.arn < b.arn ? -1 : 1)).map(describe);
}

/** Loads the catalog documents that are kept out of the engine chunk (ReadOnlyAccess) for these ARNs. */
export async function preloadManagedPolicies(arns: Iterable<string>): Promise<void> {
  for (const arn of arns) if (findManagedPolicy(arn)) await loadManagedPolicyDocument(arn);
}

/** The default version's document of a managed policy (customer or AWS managed), or null when unknown. */
export function managedPolicyDocument(account: SimulatedAccount, arn: string): string | null {
  if (findManagedPolicy(arn)) return managedPolicyText(arn) ?? null;
  const prefix = `arn:aws:iam::${account.accountId}:policy`;
  for (const policy of account.policies ?? []) {
    if (`${prefix}${policy.path ?? '/'}${policy.policyName}` !== arn) continue;
    return policy.versions.find((v) => v.isDefault)?.document ?? null;
  }
  return null;
}

/** True for a policy ARN that names an AWS managed policy of the catalog or a customer policy of the account. */
export function policyExists(account: SimulatedAccount, arn: string): boolean {
  if (findManagedPolicy(arn)) return true;
  return managedPolicyDocument(account, arn) !== null;
}

/** The evaluator: explicit deny beats allow, no allow is an implicit deny (lib/aws/policy). */
export function evaluatePolicies(request: AuthorizationRequest): Decision {
  const { decision, reason, details } = evaluatePolicyTexts(request);
  if (decision !== 'explicit-deny') return { decision, reason, details };
  const kind = details.decidedBy?.sourceKind;
  const deniedBy = kind === 'bucket-policy' || kind === 'trust-policy' ? 'resource-based' : 'identity-based';
  return { decision, reason, details, deniedBy };
}
