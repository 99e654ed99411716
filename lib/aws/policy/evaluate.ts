// The single-account policy evaluation logic (AWS "Policy evaluation logic"): explicit deny, then allow, else deny.
import { evaluateConditions } from './conditions';
import { matchAction, matchPrincipal, matchResource, type PrincipalLevel } from './match-elements';
import type {
  AuthorizationRequest,
  Decision,
  DecidingStatement,
  ElementMatch,
  NamedPolicy,
  PolicyStatement,
  RequestContext,
  StatementTrace,
} from './types';
import type { VariableLookup } from './variables';

/** The request context with the keys AWS derives from the principal, by lower-cased name. */
function contextMap(request: AuthorizationRequest): Map<string, string[]> {
  const { principal: p } = request;
  const derived: RequestContext = {
    'aws:PrincipalArn': p.type === 'assumed-role' && p.roleArn ? p.roleArn : p.arn,
    'aws:PrincipalAccount': p.accountId,
    'aws:PrincipalType': { user: 'User', 'assumed-role': 'AssumedRole', root: 'Account' }[p.type],
  };
  if (p.type === 'user' && p.userName) derived['aws:username'] = p.userName;
  if (p.userId) derived['aws:userid'] = p.userId;
  for (const [k, v] of Object.entries(p.tags ?? {})) derived[`aws:PrincipalTag/${k}`] = v;
  const map = new Map<string, string[]>();
  for (const source of [derived, request.context ?? {}]) {
    for (const [key, value] of Object.entries(source)) {
      map.set(key.toLowerCase(), Array.isArray(value) ? value : [value]);
    }
  }
  return map;
}

function notChecked(statement: PolicyStatement, why: string): ElementMatch {
  const element = statement.Resource || !statement.NotResource ? 'Resource' : 'NotResource';
  const patterns = statement.Resource ?? statement.NotResource ?? [];
  return { element, matched: false, skipped: true, patterns, reason: `not checked: ${why}` };
}

interface Applied {
  trace: StatementTrace;
  level: PrincipalLevel;
}

function traceStatements(
  policy: NamedPolicy,
  request: AuthorizationRequest,
  ctx: Map<string, string[]>,
  lookup: VariableLookup,
  withPrincipal: boolean,
): Applied[] {
  const vars = policy.document.Version === '2012-10-17';
  const get = (key: string) => ctx.get(key.toLowerCase()) ?? null;
  return policy.document.Statement.map((statement, index) => {
    // Elements are compared in order; once one fails the later ones are recorded as not checked (a 50-policy
    // account stays well under a millisecond per call).
    const action = matchAction(statement, request.action);
    const resource = action.matched
      ? matchResource(statement, request.resource, lookup, vars)
      : notChecked(statement, 'the action does not match');
    const principal = withPrincipal ? matchPrincipal(statement, request.principal) : undefined;
    const elementsMatch = action.matched && resource.matched && (principal?.match.matched ?? true);
    const condition = !statement.Condition
      ? undefined
      : elementsMatch
        ? evaluateConditions(statement.Condition, get, lookup, vars)
        : { matched: false, clauses: [], skipped: 'not evaluated: an element above does not match' };
    const applies = elementsMatch && (condition?.matched ?? true);
    const trace: StatementTrace = {
      policy: policy.source,
      sourceKind: policy.sourceKind,
      index,
      effect: statement.Effect,
      action,
      resource,
      applies,
    };
    if (statement.Sid !== undefined) trace.sid = statement.Sid;
    if (principal) trace.principal = principal.match;
    if (condition) trace.condition = condition;
    return { trace, level: principal?.level ?? null };
  });
}

function deciding(trace: StatementTrace): DecidingStatement {
  const d: DecidingStatement = {
    policy: trace.policy,
    sourceKind: trace.sourceKind,
    index: trace.index,
    effect: trace.effect,
  };
  if (trace.sid !== undefined) d.sid = trace.sid;
  return d;
}

function describe(trace: StatementTrace): string {
  return `${trace.policy} (statement ${trace.index}${trace.sid ? `, Sid ${trace.sid}` : ''})`;
}

/** Evaluates one request against its identity-based policies and the resource-based policy, if any. */
export function evaluate(request: AuthorizationRequest): Decision {
  const ctx = contextMap(request);
  const lookup: VariableLookup = (key) => {
    const v = ctx.get(key.toLowerCase());
    return v && v.length === 1 ? v[0] : undefined;
  };
  const identity = request.identityPolicies.flatMap((p) => traceStatements(p, request, ctx, lookup, false));
  const resource = request.resourcePolicy
    ? traceStatements(request.resourcePolicy, request, ctx, lookup, true)
    : [];
  const all = [...identity, ...resource];
  const base = {
    action: request.action,
    resource: request.resource,
    principalArn: request.principal.arn,
    statements: all.map((a) => a.trace),
  };
  const deny = all.find((a) => a.trace.applies && a.trace.effect === 'Deny');
  if (deny) {
    return {
      ...base,
      allowed: false,
      decision: 'explicit-deny',
      decidedBy: deciding(deny.trace),
      summary: `Explicitly denied by ${describe(deny.trace)}: an explicit deny overrides any allow`,
    };
  }
  const allow = (trace: StatementTrace, why = ''): Decision => ({
    ...base,
    allowed: true,
    decision: 'allow',
    decidedBy: deciding(trace),
    summary: `Allowed by ${describe(trace)}${why}`,
  });
  const implicit = (summary: string): Decision => ({
    ...base,
    allowed: false,
    decision: 'implicit-deny',
    summary,
  });

  const identityAllow = identity.find((a) => a.trace.applies && a.trace.effect === 'Allow');
  const resourceAllows = resource.filter((a) => a.trace.applies && a.trace.effect === 'Allow');
  const direct = resourceAllows.find((a) => a.level === 'direct' || a.level === 'everyone');
  const viaAccount = resourceAllows.find((a) => a.level === 'account');
  const trust = request.resourcePolicy?.sourceKind === 'trust-policy';

  if (request.principal.type === 'root') {
    return {
      ...base,
      allowed: true,
      decision: 'allow',
      summary: 'Allowed: the account root user has full access unless a policy explicitly denies it',
    };
  }
  if (trust) {
    // A role trust policy must itself allow the principal; when it trusts only the account, the caller's
    // identity-based policy must also allow sts:AssumeRole (STS AssumeRole API reference).
    if (direct) return allow(direct.trace, ', which names the caller in the role trust policy');
    if (viaAccount && identityAllow) {
      return allow(identityAllow.trace, `, with ${describe(viaAccount.trace)} trusting the account`);
    }
    if (viaAccount) {
      return implicit(
        `Implicitly denied: ${describe(viaAccount.trace)} trusts the account, but no identity-based policy of ${request.principal.arn} allows ${request.action} on ${request.resource}`,
      );
    }
    return implicit(
      `Implicitly denied: ${request.resourcePolicy!.source} does not allow ${request.principal.arn} to ${request.action}`,
    );
  }
  if (identityAllow) return allow(identityAllow.trace);
  if (direct) return allow(direct.trace, ', a resource-based policy in the same account');
  if (viaAccount) {
    return implicit(
      `Implicitly denied: ${describe(viaAccount.trace)} delegates to the account, and no identity-based policy allows ${request.action} on ${request.resource}`,
    );
  }
  return implicit(`Implicitly denied: no statement allows ${request.action} on ${request.resource}`);
}
