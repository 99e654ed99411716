// `aws iam create-user`: a new user with no permissions (IAM API reference: CreateUser).
import { iamArn, iamCommand } from './define';
import { checkName, deriveId, userExists, userResponse } from './store';
import { ServiceError } from '../operation';
import type { Tag } from '../../types';

export const createUser = iamCommand('create-user', {
  summary: 'Creates a new IAM user for your Amazon Web Services account.',
  resource: (input, account) => iamArn(account, 'user', String(input.UserName)),
  run(input, { account, timestamp }) {
    const userName = String(input.UserName);
    checkName('userName', userName, 64);
    if (userExists(account, userName)) {
      throw new ServiceError('EntityAlreadyExists', `User with name ${userName} already exists.`);
    }
    const user = {
      userName,
      userId: `AIDA${deriveId(`user:${userName}:${timestamp}`, 17)}`,
      path: typeof input.Path === 'string' ? input.Path : '/',
      createDate: timestamp,
      accessKeys: [],
      buckets: [],
      attachedPolicies: [],
      inlinePolicies: {},
      groups: [],
      ...(Array.isArray(input.Tags) && input.Tags.length ? { tags: input.Tags as Tag[] } : {}),
    };
    account.users.push(user);
    return { User: userResponse(account, user) };
  },
});
