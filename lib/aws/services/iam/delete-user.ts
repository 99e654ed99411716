// `aws iam delete-user`: only a user with nothing left attached (IAM API reference: DeleteUser, DeleteConflict).
import { iamArn, iamCommand } from './define';
import { findUser } from './store';
import { ServiceError } from '../operation';

export const deleteUser = iamCommand('delete-user', {
  summary: 'Deletes the specified IAM user.',
  resource: (input, account) => iamArn(account, 'user', String(input.UserName)),
  run(input, { account }) {
    const user = findUser(account, String(input.UserName));
    const conflict = (what: string) =>
      new ServiceError('DeleteConflict', `Cannot delete entity, must ${what} first.`);
    if (user.accessKeys.length) throw conflict('delete access keys');
    if (Object.keys(user.inlinePolicies ?? {}).length) throw conflict('delete policies');
    if (user.attachedPolicies?.length) throw conflict('detach all policies');
    if (user.groups?.length) throw conflict('remove users from group');
    account.users.splice(account.users.indexOf(user), 1);
    return {};
  },
});
