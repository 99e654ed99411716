// `aws iam list-access-keys`: key ids, status and creation date, never secrets (IAM API reference: ListAccessKeys).
import { iamCommand, userResource } from './define';
import { page, targetUser } from './store';

export const listAccessKeys = iamCommand('list-access-keys', {
  summary: 'Returns information about the access key IDs associated with the specified IAM user.',
  resource: userResource,
  run(input, call) {
    const user = targetUser(call, input.UserName);
    const keys = user.accessKeys.map((k) => ({
      UserName: user.userName,
      AccessKeyId: k.accessKeyId,
      Status: k.status ?? 'Active',
      CreateDate: k.createDate ?? user.createDate ?? '2024-01-15T10:00:00+00:00',
    }));
    return page(keys, input, 'AccessKeyMetadata');
  },
});
