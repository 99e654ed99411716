// Runs every table-driven case in ./cases through the real parser and the evaluator.
import { describe, expect, test } from 'vitest';
import { identityKind } from './cases/case';
import { POLICY_CASES } from './cases/index';
import { evaluate } from './evaluate';
import { parsePolicyDocument } from './parse';
import type { NamedPolicy, PolicyKind } from './types';

function parsed(source: string, document: object, kind: PolicyKind): NamedPolicy['document'] {
  const result = parsePolicyDocument(JSON.stringify(document), kind);
  if (!result.ok) throw new Error(`${source}: ${result.error.message}`);
  return result.document;
}

describe('policy evaluation cases from the AWS documentation', () => {
  test('there are at least 80 cases, each citing an AWS documentation page', () => {
    expect(POLICY_CASES.length).toBeGreaterThanOrEqual(80);
    for (const c of POLICY_CASES) expect(c.source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    expect(new Set(POLICY_CASES.map((c) => c.name)).size).toBe(POLICY_CASES.length);
  });

  test.each(POLICY_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const identityPolicies: NamedPolicy[] = (c.identity ?? []).map(([source, document]) => ({
      source,
      sourceKind: identityKind(source),
      document: parsed(source, document, 'identity'),
    }));
    const decision = evaluate({
      principal: c.principal,
      identityPolicies,
      ...(c.resourcePolicy && {
        resourcePolicy: {
          source: c.resourcePolicy.source,
          sourceKind: c.resourcePolicy.kind === 'trust' ? 'trust-policy' : 'bucket-policy',
          document: parsed(c.resourcePolicy.source, c.resourcePolicy.document, c.resourcePolicy.kind),
        },
      }),
      action: c.action,
      resource: c.resource,
      ...(c.context && { context: c.context }),
    });
    expect({ decision: decision.decision, summary: decision.summary }).toMatchObject({ decision: c.expect });
    expect(decision.allowed).toBe(c.expect === 'allow');
    if (c.decidedBySid) expect(decision.decidedBy?.sid).toBe(c.decidedBySid);
    if (c.expect === 'implicit-deny') expect(decision.decidedBy).toBeUndefined();
  });
});
