// The words of the terminal's "Why?" panel (the newest aws call explained), kept out of the React component.
import type { ExplainedStatement } from '../aws/policy/explain';
import type { LastAwsCall } from '../shell/commands/why';

/** How the call ended, for the panel's badge: allowed, denied, or stopped before any permission check. */
export type LastCallVerdict = 'allowed' | 'denied' | 'stopped' | 'unknown';

const DECISION_WORDS = {
  allow: 'allowed',
  'explicit-deny': 'explicitly denied',
  'implicit-deny': 'implicitly denied (nothing allowed it)',
} as const;

/** The verdict of a call: its policy decision, else "stopped" when it never reached one. */
export function lastCallVerdict(call: LastAwsCall): LastCallVerdict {
  const decision = call.explanation?.authorization?.decision;
  if (decision) return decision === 'allow' ? 'allowed' : 'denied';
  return call.explanation ? 'stopped' : 'unknown';
}

/** One line saying how the call ended: `explicitly denied (AccessDenied, exit 254)`. */
export function lastCallOutcome(call: LastAwsCall): string {
  const x = call.explanation;
  const code = x?.call.errorCode;
  const ending = code ? `${code}, exit ${call.exitCode}` : `exit ${call.exitCode}`;
  const decision = x?.authorization?.decision;
  if (decision) return `${DECISION_WORDS[decision]} (${ending})`;
  if (x) return `no permission check (${ending})`;
  return `no details recorded (${ending})`;
}

/** What a live region says when the panel shows a new call. */
export function lastCallAnnouncement(call: LastAwsCall): string {
  return `Explanation updated: ${call.commandLine}: ${lastCallOutcome(call)}`;
}

/** A statement's part in the decision, in words (never by colour alone). */
export function statementRole(s: ExplainedStatement): 'decided' | 'applies' | 'does not apply' {
  return s.decided ? 'decided' : s.applies ? 'applies' : 'does not apply';
}

/** The statement's title: `Statement 2 (Sid DenyBuckets), Deny`. */
export function statementTitle(s: ExplainedStatement): string {
  return `Statement ${s.index}${s.sid ? ` (Sid ${s.sid})` : ''}, ${s.effect}`;
}
