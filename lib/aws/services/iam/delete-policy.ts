// `aws iam delete-policy`: only a detached policy whose other versions are deleted (IAM API reference: DeletePolicy).
import { iamCommand } from './define';
import { attachments, findPolicy } from './store';
import { ServiceError } from '../operation';

export const deletePolicy = iamCommand('delete-policy', {
  summary: 'Deletes the specified managed policy.',
  resource: (input) => String(input.PolicyArn),
  run(input, { account }) {
    const arn = String(input.PolicyArn);
    const policy = findPolicy(account, arn);
    const { users, groups, roles } = attachments(account, arn);
    if (users.length + groups.length + roles.length) {
      throw new ServiceError('DeleteConflict', 'Cannot delete a policy attached to entities.');
    }
    if (policy.versions.length > 1) {
      throw new ServiceError(
        'DeleteConflict',
        "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.",
      );
    }
    account.policies!.splice(account.policies!.indexOf(policy), 1);
    return {};
  },
});
