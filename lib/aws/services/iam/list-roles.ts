// `aws iam list-roles` (IAM API reference: ListRoles; tags and last use are not listed).
import { iamArn, iamCommand } from './define';
import { page, roleResponse } from './store';

export const listRoles = iamCommand('list-roles', {
  summary: 'Lists the IAM roles that have the specified path prefix.',
  resource: (_input, account) => iamArn(account, 'role'),
  run(input, { account }) {
    const prefix = typeof input.PathPrefix === 'string' ? input.PathPrefix : '/';
    const roles = (account.roles ?? [])
      .filter((r) => (r.path ?? '/').startsWith(prefix))
      .map((r) => roleResponse(account, r, false));
    return page(roles, input, 'Roles');
  },
});
