// `aws iam list-user-tags`: a user's tags sorted by key, paged like every IAM list (IAM API reference:
// ListUserTags).
import { iamArn, iamCommand } from './define';
import { findUser, page } from './store';

export const listUserTags = iamCommand('list-user-tags', {
  summary: 'Lists the tags that are attached to the specified IAM user.',
  resource: (input, account) => iamArn(account, 'user', String(input.UserName)),
  run(input, { account }) {
    const user = findUser(account, String(input.UserName));
    const tags = [...(user.tags ?? [])].sort((a, b) => (a.Key < b.Key ? -1 : a.Key > b.Key ? 1 : 0));
    return page(tags, input, 'Tags');
  },
});
