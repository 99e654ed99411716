// The account in saved state: old shapes brought up to date (normalizeAccount), after account-schema.ts
// has checked the untrusted JSON.
import type { SimulatedAccount } from './types';
import { TAKEN_BUCKET_NAMES } from './default-account';

export { validateAccount } from './account-schema';

/**
 * Brings an account from an older saved state or setup up to date, in place (idempotent): legacy
 * `user.buckets` move to `account.buckets` (keeping their owner), and the users of such a legacy account
 * that were given no permissions are flagged `unrestricted`, as the first lessons assume; states from before
 * S3's global namespace was modelled get the default taken names, and legacy `object.versions` move to
 * `bucket.versions`.
 */
export function normalizeAccount(account: SimulatedAccount): SimulatedAccount {
  account.globalBucketNames ??= [...TAKEN_BUCKET_NAMES];
  for (const bucket of account.buckets ?? []) {
    for (const [key, object] of Object.entries(bucket.objects ?? {})) {
      if (!object.versions) continue;
      const { versions, ...current } = object;
      bucket.objects![key] = current;
      (bucket.versions ??= {})[key] = [...versions, ...(bucket.versions[key] ?? [])];
    }
  }
  if (account.buckets === undefined) {
    account.buckets = [];
    for (const user of account.users) {
      const modelled = user.attachedPolicies || user.inlinePolicies || user.groups;
      if (!modelled && user.unrestricted === undefined) user.unrestricted = true;
      for (const bucket of user.buckets ?? []) account.buckets.push({ ...bucket, owner: user.userName });
      user.buckets = [];
    }
  }
  for (const user of account.users) {
    user.buckets ??= [];
    for (const key of user.accessKeys) key.status ??= 'Active';
  }
  return account;
}
