// Looks up keys in the simulated account: who owns a key, whether AWS accepts a signed request, and the
// identity (user or assumed-role session) the request acts as.
import type {
  AccessKey,
  SimulatedAccount,
  SimulatedRole,
  SimulatedRoleSession,
  SimulatedUser,
} from './types';

/** What AWS would decide about a request signed with these keys (long-term keys only). */
export type KeyCheck =
  | { kind: 'unknown-key' }
  | { kind: 'wrong-secret'; user: SimulatedUser }
  | { kind: 'ok'; user: SimulatedUser };

/** Who a request acts as, once AWS authenticated it. */
export type Principal =
  | { kind: 'user'; arn: string; user: SimulatedUser; key: AccessKey }
  | { kind: 'role-session'; arn: string; role: SimulatedRole; session: SimulatedRoleSession };

/** Why AWS refused the signature, or the principal it accepted. */
export type Authentication =
  | {
      kind: 'unknown-key' | 'inactive-key' | 'wrong-secret' | 'invalid-token' | 'expired-token';
      reason: string;
    }
  | { kind: 'ok'; principal: Principal };

/** True when the account ever issued this access key id (long-term or temporary). */
export function isIssuedKey(account: SimulatedAccount, accessKeyId: string): boolean {
  return (
    account.users.some((user) => user.accessKeys.some((key) => key.accessKeyId === accessKeyId)) ||
    (account.sessions ?? []).some((session) => session.accessKeyId === accessKeyId)
  );
}

export function checkKeys(account: SimulatedAccount, accessKeyId: string, secretAccessKey: string): KeyCheck {
  for (const user of account.users) {
    const key = user.accessKeys.find((k) => k.accessKeyId === accessKeyId);
    if (key)
      return key.secretAccessKey === secretAccessKey ? { kind: 'ok', user } : { kind: 'wrong-secret', user };
  }
  return { kind: 'unknown-key' };
}

export function userArn(account: SimulatedAccount, user: SimulatedUser): string {
  return `arn:aws:iam::${account.accountId}:user${user.path ?? '/'}${user.userName}`;
}

export function roleArn(account: SimulatedAccount, role: SimulatedRole): string {
  return `arn:aws:iam::${account.accountId}:role${role.path ?? '/'}${role.roleName}`;
}

export function assumedRoleArn(account: SimulatedAccount, session: SimulatedRoleSession): string {
  return `arn:aws:sts::${account.accountId}:assumed-role/${session.roleName}/${session.roleSessionName}`;
}

/** The simulated clock (`account.clock`), or the real one. */
export function accountNow(account: SimulatedAccount): Date {
  return account.clock ? new Date(account.clock) : new Date();
}

/** AWS's checks of a signed request, in its order: key known, active, secret, session token, expiry. */
export function authenticate(
  account: SimulatedAccount,
  credentials: { accessKey: string; secretKey: string; sessionToken: string | null },
): Authentication {
  const { accessKey, secretKey, sessionToken } = credentials;
  const session = (account.sessions ?? []).find((s) => s.accessKeyId === accessKey);
  if (session) {
    if (sessionToken === null)
      return { kind: 'invalid-token', reason: 'temporary keys were sent without their session token' };
    if (sessionToken !== session.sessionToken)
      return { kind: 'invalid-token', reason: 'the session token is not the one issued with these keys' };
    if (secretKey !== session.secretAccessKey)
      return { kind: 'wrong-secret', reason: 'the secret key does not match the temporary access key' };
    if (accountNow(account) >= new Date(session.expiration))
      return { kind: 'expired-token', reason: `the role session expired at ${session.expiration}` };
    const role = (account.roles ?? []).find((r) => r.roleName === session.roleName);
    if (!role) return { kind: 'invalid-token', reason: `the role ${session.roleName} no longer exists` };
    return {
      kind: 'ok',
      principal: { kind: 'role-session', arn: assumedRoleArn(account, session), role, session },
    };
  }
  for (const user of account.users) {
    const key = user.accessKeys.find((k) => k.accessKeyId === accessKey);
    if (!key) continue;
    if ((key.status ?? 'Active') === 'Inactive')
      return { kind: 'inactive-key', reason: `the access key ${accessKey} of ${user.userName} is Inactive` };
    if (sessionToken !== null)
      return { kind: 'invalid-token', reason: 'a session token was sent with long-term keys (AKIA…)' };
    if (key.secretAccessKey !== secretKey)
      return { kind: 'wrong-secret', reason: `the secret key is not the one issued with ${accessKey}` };
    return { kind: 'ok', principal: { kind: 'user', arn: userArn(account, user), user, key } };
  }
  return {
    kind: 'unknown-key',
    reason: `the account never issued the access key ${accessKey} (or deleted it)`,
  };
}
