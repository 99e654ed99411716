// Role profiles (`role_arn` + `source_profile`): what botocore's AssumeRoleProvider does before the actual
// call — AssumeRole with the source profile's keys, the session reused while it has 15 minutes left.
import type { CommandContext } from '../../cli/command';
import { accountNow, assumedRoleArn, authenticate, type Authentication } from '../../account';
import { clientError } from '../../commands/service-call';
import type { ResolvedCredentials } from '../../config/resolve-credentials';
import { ServiceError } from '../operation';
import { assumeRole, STS_CALL } from './assume';

/** botocore refreshes assumed-role credentials this long before they expire. */
const REFRESH_MS = 15 * 60 * 1000;

/** The role session a role profile acts as (assumed now, or still cached), or why STS refused. */
export async function assumeForProfile(
  ctx: CommandContext,
  credentials: ResolvedCredentials,
): Promise<Authentication> {
  const role = credentials.role!;
  const account = ctx.invocation.account;
  const source = role.source.role
    ? await assumeForProfile(ctx, role.source)
    : authenticate(account, role.source);
  if (source.kind !== 'ok') {
    ctx.record.outcome = 'auth-failed';
    const [code, message] =
      source.kind === 'wrong-secret'
        ? STS_CALL.wrongSecret
        : source.kind === 'expired-token'
          ? STS_CALL.expiredToken!
          : STS_CALL.unknownKey;
    ctx.record.errorCode = code;
    throw clientError(code, 'AssumeRole', message);
  }
  const caller = source.principal;
  const now = accountNow(account);
  if (caller.kind === 'user') {
    caller.key.lastUsed = {
      date: now.toISOString().replace(/\.\d{3}Z$/, '+00:00'),
      serviceName: 'sts',
      region: 'us-east-1',
    };
  }
  const roleName = /:role\/(?:.*\/)?([^/]+)$/.exec(role.roleArn)?.[1];
  let session = (account.sessions ?? []).find(
    (s) =>
      s.roleName === roleName &&
      s.sourceIdentityArn === caller.arn &&
      (role.roleSessionName
        ? s.roleSessionName === role.roleSessionName
        : s.roleSessionName.startsWith('botocore-session-')) &&
      new Date(s.expiration).getTime() - now.getTime() > REFRESH_MS,
  );
  if (!session) {
    try {
      session = assumeRole(
        account,
        caller,
        {
          roleArn: role.roleArn,
          roleSessionName: role.roleSessionName ?? `botocore-session-${Math.floor(now.getTime() / 1000)}`,
          ...(role.durationSeconds !== undefined ? { durationSeconds: role.durationSeconds } : {}),
        },
        ctx.record,
      );
    } catch (error) {
      if (error instanceof ServiceError) throw clientError(error.code, 'AssumeRole', error.message);
      throw error;
    }
  }
  const assumed = authenticate(account, {
    accessKey: session.accessKeyId,
    secretKey: session.secretAccessKey,
    sessionToken: session.sessionToken,
  });
  if (assumed.kind === 'ok') {
    return { ...assumed, principal: { ...assumed.principal, arn: assumedRoleArn(account, session) } };
  }
  return assumed;
}
