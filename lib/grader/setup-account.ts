// Starting accounts for exercises on the simulated IAM: the seeded account (both users administrators)
// plus the users an exercise needs.
import { defaultAccount } from '../aws/default-account';
import type { AccessKey, SimulatedAccount, SimulatedUser } from '../aws/types';

/** A user to add: name, id and optionally keys, tags and policies (no permissions by default). */
export type ExtraUser = Pick<SimulatedUser, 'userName' | 'userId'> &
  Partial<Omit<SimulatedUser, 'userName' | 'userId' | 'accessKeys'>> & { accessKeys?: AccessKey[] };

/** The default account with these users added (new object each call: setups never share state). */
export function accountWithUsers(...users: ExtraUser[]): SimulatedAccount {
  const account = structuredClone(defaultAccount);
  for (const user of users) {
    account.users.push({
      createDate: '2025-11-03T09:00:00+00:00',
      path: '/',
      groups: [],
      attachedPolicies: [],
      inlinePolicies: {},
      buckets: [],
      ...structuredClone(user),
      accessKeys: structuredClone(user.accessKeys ?? []),
    });
  }
  return account;
}
