// Check: an access key is Active, Inactive or deleted (one key by id, or all of a user's keys).
import type { Check } from '../types';

export interface AccessKeyStateOptions {
  id: string;
  label: string;
  userName: string;
  /** `inactive`: the key (or every key of the user, at least one) is Inactive; `deleted`: gone (or none left). */
  state: 'active' | 'inactive' | 'deleted';
  /** One key; without it the check is about all of the user's keys. */
  accessKeyId?: string;
}

export function accessKeyState({ id, label, userName, state, accessKeyId }: AccessKeyStateOptions): Check {
  return {
    id,
    label,
    run({ account }) {
      const user = account.users.find((u) => u.userName === userName);
      if (!user) return { pass: false, message: `There is no IAM user \`${userName}\`.` };
      const keys = accessKeyId
        ? user.accessKeys.filter((k) => k.accessKeyId === accessKeyId)
        : user.accessKeys;
      const what = accessKeyId ? `The key \`${accessKeyId}\`` : `\`${userName}\``;
      const status = (k: (typeof keys)[number]) => k.status ?? 'Active';
      if (state === 'deleted') {
        if (!keys.length) return { pass: true };
        const id0 = keys[0]!.accessKeyId;
        return {
          pass: false,
          message: `${accessKeyId ? `${what} still exists` : `${what} still has ${keys.length === 1 ? 'a key' : `${keys.length} keys`}`}: \`aws iam delete-access-key --user-name ${userName} --access-key-id ${id0}\`.`,
        };
      }
      if (!keys.length) {
        return {
          pass: false,
          message: accessKeyId ? `${what} does not exist (any more).` : `${what} has no access key.`,
        };
      }
      const wanted = state === 'active' ? 'Active' : 'Inactive';
      const wrong =
        state === 'active'
          ? keys.every((k) => status(k) !== 'Active')
          : keys.find((k) => status(k) !== 'Inactive');
      if (!wrong) return { pass: true };
      const key = typeof wrong === 'object' ? wrong : keys[0]!;
      return {
        pass: false,
        message: `The key \`${key.accessKeyId}\` of \`${userName}\` is ${status(key)}, not ${wanted}: \`aws iam update-access-key --user-name ${userName} --access-key-id ${key.accessKeyId} --status ${wanted}\`.`,
      };
    },
  };
}
