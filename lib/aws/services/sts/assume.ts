// STS AssumeRole over the account: the caller's permission and the role's trust policy decide, then a
// temporary `ASIA…` key pair with a session token and an expiry is issued (STS API reference: AssumeRole).
import type { AwsCallRecord, SimulatedAccount, SimulatedRoleSession } from '../../types';
import { accountNow, roleArn, type Principal } from '../../account';
import { decide } from '../../authorization';
import { accessDeniedMessage, QUERY_SERVICE_ERRORS, type ServiceCall } from '../../commands/service-call';
import type { CallExplanation } from '../../explanation';
import { ServiceError } from '../operation';
import { deriveId, deriveSecret } from '../iam/store';

/** STS's texts; a refused AssumeRole names no policy type (STS API reference, AssumeRole errors). */
export const STS_CALL: Omit<ServiceCall, 'operation'> = {
  service: 'sts',
  regionRequired: false,
  ...QUERY_SERVICE_ERRORS,
  accessDenied: (denial) => ['AccessDenied', accessDeniedMessage({ ...denial, reason: undefined })],
};

export interface AssumeRoleParams {
  roleArn: string;
  roleSessionName: string;
  durationSeconds?: number;
}

const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Asks for the role; throws STS's ServiceError (AccessDenied, ValidationError) when refused. The decision is
 * noted in `record` (when given) for the explanation of the call.
 */
export function assumeRole(
  account: SimulatedAccount,
  caller: Principal,
  params: AssumeRoleParams,
  record?: AwsCallRecord,
): SimulatedRoleSession {
  const name = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(params.roleArn);
  const role =
    name && name[1] === account.accountId
      ? (account.roles ?? []).find((r) => r.roleName === name[2])
      : undefined;
  const resource = role ? roleArn(account, role) : params.roleArn;
  const decision = decide(
    account,
    caller,
    'sts:AssumeRole',
    resource,
    accountNow(account),
    role
      ? { label: `trust policy of role ${role.roleName}`, document: role.assumeRolePolicyDocument }
      : undefined,
  );
  if (record) {
    const explanation = (record.explanation ??= { credentials: [] }) as CallExplanation;
    explanation.authorization = {
      action: 'sts:AssumeRole',
      resource,
      decision: role ? decision.decision : 'implicit-deny',
      reason: role ? decision.reason : `the account has no role ${params.roleArn}`,
      details: decision.details,
    };
  }
  if (!role || decision.decision !== 'allow') {
    if (record) {
      record.outcome = 'access-denied';
      record.errorCode = 'AccessDenied';
    }
    const [code, message] = STS_CALL.accessDenied!({
      principalArn: caller.arn,
      action: 'sts:AssumeRole',
      resource,
    });
    throw new ServiceError(code, message);
  }
  if (!/^[\w+=,.@-]*$/.test(params.roleSessionName)) {
    throw new ServiceError(
      'ValidationError',
      `1 validation error detected: Value '${params.roleSessionName}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`,
    );
  }
  const duration = params.durationSeconds ?? 3600;
  if (caller.kind === 'role-session' && duration > 3600) {
    throw new ServiceError(
      'ValidationError',
      'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
    );
  }
  if (duration > (role.maxSessionDuration ?? 3600)) {
    throw new ServiceError(
      'ValidationError',
      'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
    );
  }
  const now = accountNow(account);
  const seed = `session:${role.roleName}:${params.roleSessionName}:${now.toISOString()}:${(account.sessions ?? []).length}`;
  const session: SimulatedRoleSession = {
    accessKeyId: `ASIA${deriveId(seed, 16)}`,
    secretAccessKey: deriveSecret(seed),
    sessionToken: `IQoJb3JpZ2luX2VjE${deriveId(`token:${seed}`, 280, TOKEN_ALPHABET)}`,
    expiration: new Date(now.getTime() + duration * 1000).toISOString().replace(/\.\d{3}Z$/, '+00:00'),
    roleName: role.roleName,
    roleSessionName: params.roleSessionName,
    sourceIdentityArn: caller.arn,
  };
  // Expired sessions are of no use to anyone: keep the saved state small.
  account.sessions = (account.sessions ?? []).filter((s) => new Date(s.expiration) > now);
  account.sessions.push(session);
  return session;
}
