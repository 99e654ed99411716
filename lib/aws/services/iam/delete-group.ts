// `aws iam delete-group`: only an empty group without policies (IAM API reference: DeleteGroup).
import { iamArn, iamCommand } from './define';
import { findGroup } from './store';
import { ServiceError } from '../operation';

export const deleteGroup = iamCommand('delete-group', {
  summary:
    'Deletes the specified IAM group. The group must not contain any users or have any attached policies.',
  resource: (input, account) => iamArn(account, 'group', String(input.GroupName)),
  run(input, { account }) {
    const group = findGroup(account, String(input.GroupName));
    const conflict = (what: string) =>
      new ServiceError('DeleteConflict', `Cannot delete entity, must ${what} first.`);
    if (account.users.some((u) => u.groups?.includes(group.groupName)))
      throw conflict('remove users from group');
    if (Object.keys(group.inlinePolicies ?? {}).length) throw conflict('delete policies');
    if (group.attachedPolicies?.length) throw conflict('detach all policies');
    account.groups!.splice(account.groups!.indexOf(group), 1);
    return {};
  },
});
