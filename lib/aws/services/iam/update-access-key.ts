// `aws iam update-access-key`: Active ↔ Inactive (IAM API reference: UpdateAccessKey; an Inactive key
// fails authentication like an unknown one).
import { iamCommand, userResource } from './define';
import { targetUser } from './store';
import { ServiceError } from '../operation';

export const updateAccessKey = iamCommand('update-access-key', {
  summary: 'Changes the status of the specified access key from Active to Inactive, or vice versa.',
  resource: userResource,
  run(input, call) {
    const status = String(input.Status);
    if (status !== 'Active' && status !== 'Inactive') {
      throw new ServiceError(
        'ValidationError',
        `1 validation error detected: Value '${status}' at 'status' failed to satisfy constraint: Member must satisfy enum value set: [Active, Inactive]`,
      );
    }
    const user = targetUser(call, input.UserName);
    const id = String(input.AccessKeyId);
    const key = user.accessKeys.find((k) => k.accessKeyId === id);
    if (!key) throw new ServiceError('NoSuchEntity', `The Access Key with id ${id} cannot be found.`);
    key.status = status;
    return {};
  },
});
