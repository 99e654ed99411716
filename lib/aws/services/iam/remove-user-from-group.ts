// `aws iam remove-user-from-group` (IAM API reference: RemoveUserFromGroup).
import { iamArn, iamCommand } from './define';
import { findGroup, findUser } from './store';
import { ServiceError } from '../operation';

export const removeUserFromGroup = iamCommand('remove-user-from-group', {
  summary: 'Removes the specified user from the specified group.',
  resource: (input, account) => iamArn(account, 'group', String(input.GroupName)),
  run(input, { account }) {
    const group = findGroup(account, String(input.GroupName));
    const user = findUser(account, String(input.UserName));
    const at = user.groups?.indexOf(group.groupName) ?? -1;
    if (at < 0) {
      throw new ServiceError(
        'NoSuchEntity',
        `The user with name ${user.userName} cannot be found in group ${group.groupName}.`,
      );
    }
    user.groups!.splice(at, 1);
    return {};
  },
});
