// `aws iam list-groups-for-user` (IAM API reference: ListGroupsForUser).
import { iamArn, iamCommand } from './define';
import { findGroup, findUser, groupResponse, page } from './store';

export const listGroupsForUser = iamCommand('list-groups-for-user', {
  summary: 'Lists the IAM groups that the specified IAM user belongs to.',
  resource: (input, account) => iamArn(account, 'user', String(input.UserName)),
  run(input, { account }) {
    const user = findUser(account, String(input.UserName));
    const groups = (user.groups ?? []).map((name) => groupResponse(account, findGroup(account, name)));
    return page(groups, input, 'Groups');
  },
});
