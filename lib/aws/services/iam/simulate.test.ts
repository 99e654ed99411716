// The simulator's paging, from the IAM API reference (API_SimulateCustomPolicy.html, API_SimulatePrincipalPolicy.html):
// "MaxItems … If you do not include this parameter, the number of items defaults to 100", IsTruncated "indicates
// whether there are more items to return", Marker "when IsTruncated is true … to pass in the Marker request
// parameter for the next call". The CLI side (--max-items, --starting-token, --page-size) is the
// iam/simulate-pagination fixture, recorded from aws 2.9.19.
import { describe, expect, test } from 'vitest';
import { simulate } from './simulate';

const ALLOW_S3 = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}';
const sources = [
  { id: 'PolicyInputList.1', type: 'none' as const, kind: 'custom' as const, document: ALLOW_S3 },
];
const actions = Array.from({ length: 101 }, (_, i) => (i % 2 ? `iam:Get${i}` : `s3:Get${i}`));
const run = (input: Record<string, unknown>) =>
  simulate('arn:aws:iam::123456789012:user/dev', {}, sources, { ActionNames: actions, ...input }) as {
    EvaluationResults: { EvalActionName: string; EvalDecision: string }[];
    IsTruncated: boolean;
    Marker?: string;
  };

describe('simulate paging (MaxItems, Marker, IsTruncated)', () => {
  test('without MaxItems a response holds 100 results and says more follow', () => {
    const first = run({});
    expect(first.EvaluationResults).toHaveLength(100);
    expect(first.IsTruncated).toBe(true);
    const rest = run({ Marker: first.Marker });
    expect(rest.EvaluationResults.map((r) => r.EvalActionName)).toEqual(['s3:Get100']);
    expect(rest.IsTruncated).toBe(false);
    expect(rest).not.toHaveProperty('Marker');
  });

  test('MaxItems pages every action in order, each decided once', () => {
    const seen: string[] = [];
    let marker: string | undefined;
    let pages = 0;
    do {
      const page = run({ MaxItems: 7, ...(marker ? { Marker: marker } : {}) });
      expect(page.EvaluationResults.length).toBeLessThanOrEqual(7);
      seen.push(...page.EvaluationResults.map((r) => `${r.EvalActionName}=${r.EvalDecision}`));
      marker = page.IsTruncated ? page.Marker : undefined;
      pages++;
    } while (marker);
    expect(pages).toBe(15);
    expect(seen).toEqual(actions.map((a) => `${a}=${a.startsWith('s3:') ? 'allowed' : 'implicitDeny'}`));
  });
});
