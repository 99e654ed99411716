// `aws iam tag-user`: adds tags to a user; a key it already has gets the new value (IAM API reference:
// TagUser; at most 50 tags per user, IAM User Guide "IAM and AWS STS quotas").
import { iamArn, iamCommand } from './define';
import { findUser } from './store';
import { ServiceError } from '../operation';
import type { Tag } from '../../types';

export const MAX_USER_TAGS = 50;

export const tagUser = iamCommand('tag-user', {
  summary: 'Adds one or more tags to an IAM user.',
  resource: (input, account) => iamArn(account, 'user', String(input.UserName)),
  run(input, { account }) {
    const user = findUser(account, String(input.UserName));
    const tags = [...(user.tags ?? [])];
    for (const tag of (input.Tags ?? []) as Tag[]) {
      const index = tags.findIndex((t) => t.Key === tag.Key);
      if (index >= 0) tags[index] = { Key: tag.Key, Value: tag.Value };
      else tags.push({ Key: tag.Key, Value: tag.Value });
    }
    // The whole request fails when the result would exceed the quota (nothing is changed).
    if (tags.length > MAX_USER_TAGS) {
      throw new ServiceError(
        'LimitExceeded',
        `The number of tags has reached the maximum limit of ${MAX_USER_TAGS} for this user.`,
      );
    }
    user.tags = tags;
    return {};
  },
});
