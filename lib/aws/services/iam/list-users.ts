// `aws iam list-users`: the account's users, filtered by path prefix (IAM API reference: ListUsers).
import { iamArn, iamCommand } from './define';
import { page, userResponse } from './store';

export const listUsers = iamCommand('list-users', {
  summary: 'Lists the IAM users that have the specified path prefix.',
  resource: (_input, account) => iamArn(account, 'user'),
  run(input, { account }) {
    const prefix = typeof input.PathPrefix === 'string' ? input.PathPrefix : '/';
    const users = account.users
      .filter((u) => (u.path ?? '/').startsWith(prefix))
      .map((u) => userResponse(account, u, false));
    return page(users, input, 'Users');
  },
});
