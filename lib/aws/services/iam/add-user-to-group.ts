// `aws iam add-user-to-group` (IAM API reference: AddUserToGroup; adding twice is not an error).
import { iamArn, iamCommand } from './define';
import { findGroup, findUser } from './store';

export const addUserToGroup = iamCommand('add-user-to-group', {
  summary: 'Adds the specified user to the specified group.',
  resource: (input, account) => iamArn(account, 'group', String(input.GroupName)),
  run(input, { account }) {
    const group = findGroup(account, String(input.GroupName));
    const user = findUser(account, String(input.UserName));
    user.groups ??= [];
    if (!user.groups.includes(group.groupName)) user.groups.push(group.groupName);
    return {};
  },
});
