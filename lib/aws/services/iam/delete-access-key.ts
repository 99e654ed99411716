// `aws iam delete-access-key` (IAM API reference: DeleteAccessKey).
import { iamCommand, userResource } from './define';
import { targetUser } from './store';
import { ServiceError } from '../operation';

export const deleteAccessKey = iamCommand('delete-access-key', {
  summary: 'Deletes the access key pair associated with the specified IAM user.',
  resource: userResource,
  run(input, call) {
    const user = targetUser(call, input.UserName);
    const id = String(input.AccessKeyId);
    const at = user.accessKeys.findIndex((k) => k.accessKeyId === id);
    if (at < 0) throw new ServiceError('NoSuchEntity', `The Access Key with id ${id} cannot be found.`);
    user.accessKeys.splice(at, 1);
    (call.account.retiredAccessKeyIds ??= []).push(id);
    return {};
  },
});
