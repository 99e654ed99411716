// `aws iam untag-user`: removes the tags with these keys; keys the user lacks are ignored (IAM API
// reference: UntagUser).
import { iamArn, iamCommand } from './define';
import { findUser } from './store';

export const untagUser = iamCommand('untag-user', {
  summary: 'Removes the specified tags from the user.',
  resource: (input, account) => iamArn(account, 'user', String(input.UserName)),
  run(input, { account }) {
    const user = findUser(account, String(input.UserName));
    const keys = new Set((input.TagKeys ?? []) as string[]);
    const left = (user.tags ?? []).filter((t) => !keys.has(t.Key));
    if (left.length) user.tags = left;
    else delete user.tags;
    return {};
  },
});
