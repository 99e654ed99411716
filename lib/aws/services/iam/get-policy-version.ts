// `aws iam get-policy-version`: one version's document, decoded by the CLI (IAM API reference: GetPolicyVersion).
import { iamCommand } from './define';
import { documentValue } from './store';
import { findAnyPolicy, noSuchVersion, versionsOf } from './managed-policies';

export const getPolicyVersion = iamCommand('get-policy-version', {
  summary:
    'Retrieves information about the specified version of the specified managed policy, including the policy document.',
  resource: (input) => String(input.PolicyArn),
  run(input, { account }) {
    const arn = String(input.PolicyArn);
    const versionId = String(input.VersionId);
    const version = versionsOf(findAnyPolicy(account, arn)).find((v) => v.versionId === versionId);
    if (!version) throw noSuchVersion(arn, versionId);
    return {
      PolicyVersion: {
        Document: documentValue(version.document),
        VersionId: version.versionId,
        IsDefaultVersion: version.isDefault,
        CreateDate: version.createDate,
      },
    };
  },
});
