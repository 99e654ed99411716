// `aws iam list-entities-for-policy`: the users, groups and roles a managed policy is attached to
// (IAM API reference: ListEntitiesForPolicy).
import { iamCommand } from './define';
import { attachments } from './store';
import { findAnyPolicy } from './managed-policies';

export const listEntitiesForPolicy = iamCommand('list-entities-for-policy', {
  summary: 'Lists all IAM users, groups, and roles that the specified managed policy is attached to.',
  resource: (input) => String(input.PolicyArn),
  run(input, { account }) {
    const arn = String(input.PolicyArn);
    findAnyPolicy(account, arn);
    const { users, groups, roles } = attachments(account, arn);
    const filter = typeof input.EntityFilter === 'string' ? input.EntityFilter : null;
    const want = (kind: string) => filter === null || filter === kind;
    return {
      PolicyGroups: want('Group') ? groups.map((g) => ({ GroupName: g.groupName, GroupId: g.groupId })) : [],
      PolicyUsers: want('User') ? users.map((u) => ({ UserName: u.userName, UserId: u.userId })) : [],
      PolicyRoles: want('Role') ? roles.map((r) => ({ RoleName: r.roleName, RoleId: r.roleId })) : [],
      IsTruncated: false,
    };
  },
});
