// The access keys the lesson issues (AWS's documented example keys), by user, for exercises and tests.
import { defaultAccount } from '../aws/default-account';
import type { AccessKey } from '../aws/types';

function keyOf(userName: string): AccessKey {
  const key = defaultAccount.users.find((u) => u.userName === userName)?.accessKeys[0];
  if (!key) throw new Error(`defaultAccount has no key for ${userName}`);
  return key;
}

/** `sample_user`'s key pair (AKIAIOSFODNN7EXAMPLE). */
export const sampleUserKey = keyOf('sample_user');
/** `example_1`'s key pair (AKIAI44QH8DHBEXAMPLE). */
export const example1Key = keyOf('example_1');
export { defaultAccount };
