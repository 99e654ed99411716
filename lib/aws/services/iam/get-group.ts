// `aws iam get-group`: the group and its users (IAM API reference: GetGroup).
import { iamArn, iamCommand } from './define';
import { findGroup, groupResponse, page, userResponse } from './store';

export const getGroup = iamCommand('get-group', {
  summary: 'Returns a list of IAM users that are in the specified IAM group.',
  resource: (input, account) => iamArn(account, 'group', String(input.GroupName)),
  run(input, { account }) {
    const group = findGroup(account, String(input.GroupName));
    const users = account.users
      .filter((u) => u.groups?.includes(group.groupName))
      .map((u) => userResponse(account, u, false));
    return { ...page(users, input, 'Users'), Group: groupResponse(account, group) };
  },
});
