// Looks up keys in the simulated account: who owns a key, and whether its secret matches.
import type { SimulatedAccount, SimulatedUser } from './types';

/** What AWS would decide about a request signed with these keys. */
export type KeyCheck =
  | { kind: 'unknown-key' }
  | { kind: 'wrong-secret'; user: SimulatedUser }
  | { kind: 'ok'; user: SimulatedUser };

/** True when the account ever issued this access key id. */
export function isIssuedKey(account: SimulatedAccount, accessKeyId: string): boolean {
  return account.users.some((user) => user.accessKeys.some((key) => key.accessKeyId === accessKeyId));
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
  return `arn:aws:iam::${account.accountId}:user/${user.userName}`;
}
