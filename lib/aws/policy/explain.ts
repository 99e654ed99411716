// Turns an `aws` call's explanation (credential chain, authentication, policy decision) into a structured form for a
// panel and plain text for `why`.
import { policyMistakeHint } from './hints';
import type {
  AwsCallExplanation,
  CredentialChainStep,
  Decision,
  ElementMatch,
  StatementTrace,
} from './types';

/** The facts of the call the explanation is about (from the execution record). */
export interface ExplainedCall {
  /** The command line as run (`aws s3 cp a.txt s3://b/`). */
  commandLine: string;
  exitCode: number;
  outcome: string;
  errorCode?: string;
  profile: string | null;
  identityArn: string | null;
  accessKeyId: string | null;
}

/** One statement as the panel shows it. */
export interface ExplainedStatement {
  index: number;
  sid?: string;
  effect: 'Allow' | 'Deny';
  applies: boolean;
  decided: boolean;
  /** Each element checked, in order: Action, Resource, Principal, each condition clause. */
  checks: { element: string; matched: boolean; reason: string }[];
}

/** The structured explanation a panel renders. */
export interface StructuredExplanation {
  call: ExplainedCall;
  credentials: CredentialChainStep[];
  authentication?: { outcome: string; reason: string };
  authorization?: {
    action: string;
    resource: string;
    decision: 'allow' | 'explicit-deny' | 'implicit-deny';
    summary: string;
    /** Statements grouped by the policy holding them, in evaluation order. */
    policies: { source: string; statements: ExplainedStatement[] }[];
    hint: string | null;
  };
}

/** True for a value shaped like the evaluator's Decision (records are data: check before trusting). */
export function isDecision(value: unknown): value is Decision {
  const d = value as Decision | null;
  return typeof d === 'object' && d !== null && typeof d.decision === 'string' && Array.isArray(d.statements);
}

function checksOf(s: StatementTrace): ExplainedStatement['checks'] {
  const element = (m: ElementMatch) => ({
    element: m.element as string,
    matched: m.matched,
    reason: m.reason,
  });
  const checks: ExplainedStatement['checks'] = [element(s.action), element(s.resource)];
  if (s.principal) checks.push(element(s.principal));
  if (s.condition?.skipped)
    checks.push({ element: 'Condition', matched: false, reason: s.condition.skipped });
  for (const c of s.condition?.clauses ?? []) {
    checks.push({ element: `Condition ${c.operator}`, matched: c.matched, reason: c.reason });
  }
  return checks;
}

function policiesOf(decision: Decision): NonNullable<StructuredExplanation['authorization']>['policies'] {
  const groups: { source: string; statements: ExplainedStatement[] }[] = [];
  for (const s of decision.statements) {
    let group = groups.find((g) => g.source === s.policy);
    if (!group) groups.push((group = { source: s.policy, statements: [] }));
    const decided = decision.decidedBy?.policy === s.policy && decision.decidedBy.index === s.index;
    const item: ExplainedStatement = {
      index: s.index,
      effect: s.effect,
      applies: s.applies,
      decided,
      checks: checksOf(s),
    };
    if (s.sid !== undefined) item.sid = s.sid;
    group.statements.push(item);
  }
  return groups;
}

/** The structured explanation of a call; `explanation` is AwsCallRecord.explanation (unknown data, checked). */
export function explainCall(call: ExplainedCall, explanation: unknown): StructuredExplanation {
  const x = (
    typeof explanation === 'object' && explanation !== null ? explanation : {}
  ) as Partial<AwsCallExplanation>;
  const out: StructuredExplanation = {
    call,
    credentials: Array.isArray(x.credentials) ? x.credentials : [],
  };
  if (x.authentication) out.authentication = x.authentication;
  const auth = x.authorization;
  if (auth) {
    const decision = isDecision(auth.details) ? auth.details : null;
    out.authorization = {
      action: auth.action,
      resource: auth.resource,
      decision: auth.decision,
      summary: decision?.summary ?? auth.reason,
      policies: decision ? policiesOf(decision) : [],
      hint: decision ? policyMistakeHint(decision) : null,
    };
  }
  return out;
}

/** Why a call has no authorization step, by AwsCallRecord.outcome. */
const NO_AUTHORIZATION: Readonly<Record<string, string>> = {
  'usage-error': 'none: the CLI rejected the command line before looking for credentials.',
  'no-credentials': 'none: no provider in the chain supplied credentials, so nothing was sent to AWS.',
  'auth-failed': 'none: AWS did not accept the credentials, so no permission was checked.',
  error: 'none: the command stopped with an error before AWS checked any permission.',
};

/** Why a call with this AwsCallRecord.outcome reached no permission check ("none: …"). */
export function noAuthorizationReason(outcome: string): string {
  return NO_AUTHORIZATION[outcome] ?? 'this call did not reach a permission check.';
}

const DECISION_WORDS = {
  allow: 'allowed',
  'explicit-deny': 'explicitly denied',
  'implicit-deny': 'implicitly denied',
};

/** Plain text for the terminal: every step, each statement with what matched and why not. */
export function explanationText(x: StructuredExplanation): string {
  const lines: string[] = [];
  const { call } = x;
  const ending = call.errorCode ? `${call.errorCode}, exit ${call.exitCode}` : `exit ${call.exitCode}`;
  lines.push(`Last aws call: ${call.commandLine}  (${ending})`, '');
  lines.push(`Credentials${call.profile ? ` (profile ${call.profile})` : ''}:`);
  if (x.credentials.length === 0) lines.push('  no credential lookup was recorded for this call');
  x.credentials.forEach((step, i) =>
    lines.push(`  ${i + 1}. ${step.provider}: ${step.outcome} - ${step.reason}`),
  );
  if (x.authentication) {
    const who = call.identityArn ? ` as ${call.identityArn}` : '';
    const key = call.accessKeyId ? ` key ${call.accessKeyId}` : '';
    lines.push('', `Authentication:${key}${who}: ${x.authentication.outcome} - ${x.authentication.reason}`);
  }
  const a = x.authorization;
  if (!a) {
    lines.push('', `Authorization: ${noAuthorizationReason(call.outcome)}`);
    return `${lines.join('\n')}\n`;
  }
  lines.push('', `Authorization: ${a.action} on ${a.resource}: ${DECISION_WORDS[a.decision]}`);
  if (a.policies.length === 0)
    lines.push('  no identity-based or resource-based policy applies to this principal');
  for (const policy of a.policies) {
    lines.push(`  ${policy.source}`);
    for (const s of policy.statements) {
      const sid = s.sid ? ` (Sid ${s.sid})` : '';
      const state = s.decided ? 'DECIDED' : s.applies ? 'applies' : 'does not apply';
      lines.push(`    statement ${s.index}${sid}, ${s.effect}: ${state}`);
      for (const c of s.checks) lines.push(`      ${c.matched ? 'yes' : 'no '} ${c.element}: ${c.reason}`);
    }
  }
  lines.push(`  => ${a.summary}`);
  if (a.hint) lines.push('', `Hint: ${a.hint}`);
  return `${lines.join('\n')}\n`;
}
