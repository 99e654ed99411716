// `aws iam create-group` (IAM API reference: CreateGroup).
import { iamArn, iamCommand } from './define';
import { checkName, deriveId, groupExists, groupResponse } from './store';
import { ServiceError } from '../operation';

export const createGroup = iamCommand('create-group', {
  summary: 'Creates a new group.',
  resource: (input, account) => iamArn(account, 'group', String(input.GroupName)),
  run(input, { account, timestamp }) {
    const groupName = String(input.GroupName);
    checkName('groupName', groupName, 128);
    if (groupExists(account, groupName)) {
      throw new ServiceError('EntityAlreadyExists', `Group with name ${groupName} already exists.`);
    }
    const group = {
      groupName,
      groupId: `AGPA${deriveId(`group:${groupName}:${timestamp}`, 17)}`,
      path: typeof input.Path === 'string' ? input.Path : '/',
      createDate: timestamp,
      attachedPolicies: [],
      inlinePolicies: {},
    };
    (account.groups ??= []).push(group);
    return { Group: groupResponse(account, group) };
  },
});
