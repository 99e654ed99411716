// Beginner mistakes read from a decision's trace, worded for graders and `why`: bucket vs object ARN, a misspelt
// action, s3:ListBucket on the wrong resource, a Deny with NotResource catching more than meant.
import { KNOWN_ACTIONS } from './known-actions';
import type { Decision, StatementTrace } from './types';

const S3_OBJECT = /^arn:aws:s3:::([^/]+)\/.+$/;
const S3_BUCKET = /^arn:aws:s3:::([^/]+)$/;

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const here = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = here;
    }
  }
  return row[b.length]!;
}

const allows = (s: StatementTrace) => s.effect === 'Allow';

function bucketInsteadOfObjects(decision: Decision): string | null {
  const object = S3_OBJECT.exec(decision.resource);
  if (!object) return null;
  const bucketArn = `arn:aws:s3:::${object[1]}`;
  const hit = decision.statements.find(
    (s) => allows(s) && s.action.matched && !s.resource.matched && s.resource.patterns?.includes(bucketArn),
  );
  return hit
    ? `your policy allows \`${decision.action}\` on the bucket, not on its objects: use \`${bucketArn}/*\``
    : null;
}

function listBucketOnObjects(decision: Decision): string | null {
  const bucket = S3_BUCKET.exec(decision.resource);
  if (!bucket || decision.action.toLowerCase() !== 's3:listbucket') return null;
  const onObjects = decision.statements.find(
    (s) =>
      allows(s) &&
      s.action.matched &&
      !s.resource.matched &&
      s.resource.patterns?.some((p) => p.startsWith(`${decision.resource}/`)),
  );
  if (onObjects) {
    return `\`s3:ListBucket\` applies to the bucket itself, not its objects: use \`${decision.resource}\` as its Resource`;
  }
  const anyList = decision.statements.some((s) => allows(s) && s.action.matched);
  return anyList
    ? null
    : `listing needs \`s3:ListBucket\` on the bucket: allow it on \`${decision.resource}\``;
}

/** True when `pattern` looks like a misspelling of `wanted` rather than another real action (ec2:DetachVolume). */
function looksMisspelt(pattern: string, wanted: string): boolean {
  const [service = '', name = ''] = pattern.split(':');
  if (service !== wanted.slice(0, wanted.indexOf(':'))) return false;
  const d = distance(pattern, wanted);
  if (d === 0) return false;
  const known = KNOWN_ACTIONS[service];
  if (known) return !known.has(name) && d <= 2;
  return d === 1 && (pattern === `${wanted}s` || wanted === `${pattern}s`);
}

function misspeltAction(decision: Decision): string | null {
  const wanted = decision.action.toLowerCase();
  for (const s of decision.statements) {
    if (!allows(s) || s.action.matched || s.action.element !== 'Action') continue;
    for (const pattern of s.action.patterns ?? []) {
      if (/[*?]/.test(pattern) || !looksMisspelt(pattern.toLowerCase(), wanted)) continue;
      return `\`${pattern}\` is not the action's name: did you mean \`${decision.action}\`?`;
    }
  }
  return null;
}

function denyWithNotResource(decision: Decision): string | null {
  if (decision.decision !== 'explicit-deny' || !decision.decidedBy) return null;
  const { policy, index } = decision.decidedBy;
  const s = decision.statements.find((t) => t.policy === policy && t.index === index);
  if (!s || s.resource.element !== 'NotResource') return null;
  const listed = (s.resource.patterns ?? []).map((p) => `\`${p}\``).join(', ');
  return `a Deny with NotResource denies every resource except those listed (${listed}): \`${decision.resource}\` is not listed, so it is denied`;
}

/** A hint for the first beginner mistake the decision shows, or null when none of them explains it. */
export function policyMistakeHint(decision: Decision): string | null {
  if (decision.allowed) return null;
  return (
    denyWithNotResource(decision) ??
    bucketInsteadOfObjects(decision) ??
    listBucketOnObjects(decision) ??
    misspeltAction(decision)
  );
}
