import { describe, expect, test } from 'vitest';
import { createSandbox, explainLastAwsCall } from '../shell';
import {
  lastCallAnnouncement,
  lastCallOutcome,
  lastCallVerdict,
  statementRole,
  statementTitle,
} from './why-panel';

const KEYS =
  'export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const DENY_LISTING = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'NoListing', Effect: 'Deny', Action: 's3:ListAllMyBuckets', Resource: '*' }],
});

async function lastCall(...lines: string[]) {
  const sandbox = await createSandbox();
  for (const line of lines) await sandbox.run(line);
  return explainLastAwsCall(sandbox.records());
}

describe('the Why? panel words', () => {
  test('an explicit deny names its deciding statement and the error code', async () => {
    const call = await lastCall(
      KEYS,
      `aws iam put-user-policy --user-name sample_user --policy-name NoListing --policy-document '${DENY_LISTING}'`,
      'aws s3 ls',
    );
    if (!call) throw new Error('no call');
    expect(lastCallVerdict(call)).toBe('denied');
    expect(lastCallOutcome(call)).toMatch(/^explicitly denied \(AccessDenied, exit \d+\)$/);
    expect(lastCallAnnouncement(call)).toBe(`Explanation updated: aws s3 ls: ${lastCallOutcome(call)}`);
    const decided = call.explanation?.authorization?.policies
      .flatMap((p) => p.statements)
      .find((s) => s.decided);
    if (!decided) throw new Error('no deciding statement');
    expect(statementRole(decided)).toBe('decided');
    expect(statementTitle(decided)).toBe('Statement 0 (Sid NoListing), Deny');
  });

  test('an allowed call, a call stopped before authorization, a call without details', async () => {
    const allowed = await lastCall(KEYS, 'aws iam get-user');
    expect(allowed && lastCallOutcome(allowed)).toBe('allowed (exit 0)');
    const stopped = await lastCall('aws s3 ls');
    expect(stopped && lastCallVerdict(stopped)).toBe('stopped');
    expect(stopped && lastCallOutcome(stopped)).toBe('no permission check (exit 253)');
    expect(stopped?.noAuthorization).toBe(
      'none: no provider in the chain supplied credentials, so nothing was sent to AWS.',
    );
    const bare = {
      seq: 1,
      commandLine: 'aws configure list',
      exitCode: 0,
      explanation: null,
      noAuthorization: null,
    };
    expect(lastCallVerdict(bare)).toBe('unknown');
    expect(lastCallOutcome(bare)).toBe('no details recorded (exit 0)');
  });

  test('statements that do not decide say whether they apply', () => {
    const s = { index: 1, effect: 'Allow' as const, applies: false, decided: false, checks: [] };
    expect(statementRole(s)).toBe('does not apply');
    expect(statementRole({ ...s, applies: true })).toBe('applies');
    expect(statementTitle(s)).toBe('Statement 1, Allow');
  });
});
