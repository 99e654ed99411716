// `aws iam delete-role`: only a role without policies (IAM API reference: DeleteRole, DeleteConflict).
import { iamArn, iamCommand } from './define';
import { findRole } from './store';
import { ServiceError } from '../operation';

export const deleteRole = iamCommand('delete-role', {
  summary: 'Deletes the specified role. The role must not have any policies attached.',
  resource: (input, account) => iamArn(account, 'role', String(input.RoleName)),
  run(input, { account }) {
    const role = findRole(account, String(input.RoleName));
    const conflict = (what: string) =>
      new ServiceError('DeleteConflict', `Cannot delete entity, must ${what} first.`);
    if (Object.keys(role.inlinePolicies ?? {}).length) throw conflict('delete policies');
    if (role.attachedPolicies?.length) throw conflict('detach all policies');
    account.roles!.splice(account.roles!.indexOf(role), 1);
    // Sessions of a deleted role stop working (their role is gone).
    account.sessions = (account.sessions ?? []).filter((s) => s.roleName !== role.roleName);
    return {};
  },
});
