// STS AssumeRole over the account: the caller's permission and the role's trust policy decide, then a
// temporary `ASIA…` key pair with a session token and an expiry is issued (STS API reference: AssumeRole).
import type { CommandContext } from '../../cli/command';
import { accountNow, roleArn, type Principal } from '../../account';
import { authorizeAction, QUERY_SERVICE_ERRORS, type ServiceCall } from '../../commands/service-call';
import type { SimulatedRoleSession } from '../../types';
import { ServiceError } from '../operation';
import { deriveId, deriveSecret } from '../iam/store';

/** STS's texts; a refused AssumeRole names no policy type (STS API reference, AssumeRole errors). */
export const STS_CALL: Omit<ServiceCall, 'operation'> = {
  service: 'sts',
  regionRequired: false,
  ...QUERY_SERVICE_ERRORS,
  accessDenied: (principalArn, action, resource) => [
    'AccessDenied',
    `User: ${principalArn} is not authorized to perform: ${action} on resource: ${resource}`,
  ],
};

export interface AssumeRoleParams {
  roleArn: string;
  roleSessionName: string;
  durationSeconds?: number;
}

const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Asks for the role; ends the command with AWS's error (AccessDenied, ValidationError) when refused. */
export function assumeRole(
  ctx: CommandContext,
  caller: Principal,
  params: AssumeRoleParams,
): SimulatedRoleSession {
  const account = ctx.invocation.account;
  const call: ServiceCall = { ...STS_CALL, operation: 'AssumeRole' };
  const name = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(params.roleArn);
  const role =
    name && name[1] === account.accountId
      ? (account.roles ?? []).find((r) => r.roleName === name[2])
      : undefined;
  authorizeAction(ctx, call, caller, {
    action: 'sts:AssumeRole',
    resource: role ? roleArn(account, role) : params.roleArn,
    ...(role
      ? {
          resourcePolicy: {
            label: `trust policy of role ${role.roleName}`,
            document: role.assumeRolePolicyDocument,
          },
        }
      : {}),
  });
  if (!role) throw new ServiceError('AccessDenied', `Role ${params.roleArn} cannot be assumed.`);
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
