// The IAM policy simulator over the real evaluator (IAM API reference: SimulatePrincipalPolicy and
// SimulateCustomPolicy; EvalDecision is allowed, explicitDeny or implicitDeny; MaxItems/Marker paging).
import { evaluate } from '../../policy/evaluate';
import { parsePolicyDocument } from '../../policy/parse';
import { principalFromArn } from '../../policy/adapter';
import type { NamedPolicy, PolicySourceKind } from '../../policy/types';
import { ServiceError } from '../operation';
import type { PolicySource } from '../../authorization';
import { page } from './store';

const DECISION = {
  allow: 'allowed',
  'explicit-deny': 'explicitDeny',
  'implicit-deny': 'implicitDeny',
} as const;

/** A policy for the simulator, with the SourcePolicyId and SourcePolicyType IAM reports. */
export interface SimulatedPolicySource {
  id: string;
  type: 'user' | 'group' | 'role' | 'aws-managed' | 'user-managed' | 'none';
  kind: PolicySourceKind;
  document: string;
}

/** The identity policies of a principal as simulator sources. */
export function sourcesOf(policies: PolicySource[]): SimulatedPolicySource[] {
  return policies.map((p) => {
    const owner = p.label.startsWith('group') ? 'group' : p.label.startsWith('role') ? 'role' : 'user';
    if (p.arn) {
      return {
        id: p.arn.slice(p.arn.lastIndexOf('/') + 1),
        type: p.arn.startsWith('arn:aws:iam::aws:') ? 'aws-managed' : 'user-managed',
        kind: `${owner}-managed`,
        document: p.document,
      };
    }
    return {
      id: p.label.slice(p.label.lastIndexOf(' ') + 1),
      type: owner,
      kind: `${owner}-inline`,
      document: p.document,
    };
  });
}

function contextFrom(entries: unknown): Record<string, string | string[]> {
  const context: Record<string, string | string[]> = {};
  for (const entry of Array.isArray(entries) ? entries : []) {
    const e = entry as { ContextKeyName?: string; ContextKeyValues?: string[] };
    if (e.ContextKeyName && e.ContextKeyValues) {
      context[e.ContextKeyName] =
        e.ContextKeyValues.length === 1 ? e.ContextKeyValues[0]! : e.ContextKeyValues;
    }
  }
  return context;
}

/** Runs every action on every resource through the evaluator and shapes IAM's EvaluationResults. */
export function simulate(
  principalArn: string,
  baseContext: Record<string, string | string[]>,
  sources: SimulatedPolicySource[],
  input: Record<string, unknown>,
): Record<string, unknown> {
  const named: NamedPolicy[] = sources.map((source, i) => {
    const parsed = parsePolicyDocument(source.document, 'identity');
    if (!parsed.ok) throw new ServiceError(parsed.error.code, parsed.error.message);
    return { source: `${i}`, sourceKind: source.kind, document: parsed.document };
  });
  const context = { ...baseContext, ...contextFrom(input.ContextEntries) };
  const resources =
    Array.isArray(input.ResourceArns) && input.ResourceArns.length ? (input.ResourceArns as string[]) : ['*'];
  const results = [];
  for (const action of input.ActionNames as string[]) {
    for (const resource of resources) {
      const decision = evaluate({
        principal: principalFromArn(principalArn, context),
        identityPolicies: named,
        action,
        resource,
        context,
      });
      const effect = decision.decision === 'allow' ? 'Allow' : 'Deny';
      const matched =
        decision.decision === 'implicit-deny'
          ? []
          : decision.statements.filter((s) => s.applies && s.effect === effect);
      results.push({
        EvalActionName: action,
        EvalResourceName: resource,
        EvalDecision: DECISION[decision.decision],
        MatchedStatements: matched.map((s) => {
          const source = sources[Number(s.policy)]!;
          return { SourcePolicyId: source.id, SourcePolicyType: source.type };
        }),
        MissingContextValues: [],
      });
    }
  }
  // MaxItems (default 100) results from Marker, then IsTruncated and the next Marker, as the List* operations.
  return page(results, input, 'EvaluationResults');
}
