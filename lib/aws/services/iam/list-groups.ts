// `aws iam list-groups` (IAM API reference: ListGroups).
import { iamArn, iamCommand } from './define';
import { groupResponse, page } from './store';

export const listGroups = iamCommand('list-groups', {
  summary: 'Lists the IAM groups that have the specified path prefix.',
  resource: (_input, account) => iamArn(account, 'group'),
  run(input, { account }) {
    const prefix = typeof input.PathPrefix === 'string' ? input.PathPrefix : '/';
    const groups = (account.groups ?? [])
      .filter((g) => (g.path ?? '/').startsWith(prefix))
      .map((g) => groupResponse(account, g));
    return page(groups, input, 'Groups');
  },
});
