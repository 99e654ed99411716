// Check: an IAM user carries these tags (exact key and value, as `aws iam list-user-tags` lists them).
import { missingUser } from './iam-user';
import type { Check } from '../types';

export interface IamUserTagsOptions {
  id: string;
  label: string;
  userName: string;
  /** Tag key → value the user must have (other tags are allowed). */
  tags: Record<string, string>;
}

export function iamUserTags({ id, label, userName, tags }: IamUserTagsOptions): Check {
  return {
    id,
    label,
    run({ account }) {
      const user = account.users.find((u) => u.userName === userName);
      if (!user) {
        return missingUser(userName);
      }
      const has = user.tags ?? [];
      const listed = has.length ? has.map((t) => `\`${t.Key}=${t.Value}\``).join(', ') : 'none';
      for (const [key, value] of Object.entries(tags)) {
        const fix = `\`aws iam tag-user --user-name ${userName} --tags Key=${key},Value=${value}\``;
        const tag = has.find((t) => t.Key === key);
        if (!tag) {
          return {
            pass: false,
            message: `\`${userName}\` has no tag \`${key}\` (its tags: ${listed}): ${fix}.`,
          };
        }
        if (tag.Value !== value) {
          return {
            pass: false,
            message: `The tag \`${key}\` of \`${userName}\` is \`${tag.Value}\`; expected \`${value}\`. Tagging the same key again replaces the value: ${fix}.`,
          };
        }
      }
      return { pass: true };
    },
  };
}
