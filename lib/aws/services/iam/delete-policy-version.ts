// `aws iam delete-policy-version`: a non-default version (IAM API reference: DeletePolicyVersion;
// the default version cannot be deleted: DeleteConflict).
import { iamCommand } from './define';
import { findPolicy } from './store';
import { noSuchVersion } from './managed-policies';
import { ServiceError } from '../operation';

export const deletePolicyVersion = iamCommand('delete-policy-version', {
  summary: 'Deletes the specified version from the specified managed policy.',
  resource: (input) => String(input.PolicyArn),
  run(input, { account }) {
    const arn = String(input.PolicyArn);
    const policy = findPolicy(account, arn);
    const versionId = String(input.VersionId);
    const version = policy.versions.find((v) => v.versionId === versionId);
    if (!version) throw noSuchVersion(arn, versionId);
    if (version.isDefault) {
      throw new ServiceError('DeleteConflict', 'Cannot delete the default version of a policy.');
    }
    policy.versions.splice(policy.versions.indexOf(version), 1);
    return {};
  },
});
