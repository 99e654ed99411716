// `aws iam list-policy-versions`: newest first, without documents (IAM API reference: ListPolicyVersions).
import { iamCommand } from './define';
import { page } from './store';
import { findAnyPolicy, versionsOf } from './managed-policies';

export const listPolicyVersions = iamCommand('list-policy-versions', {
  summary: 'Lists information about the versions of the specified managed policy.',
  resource: (input) => String(input.PolicyArn),
  run(input, { account }) {
    const versions = versionsOf(findAnyPolicy(account, String(input.PolicyArn))).map((v) => ({
      VersionId: v.versionId,
      IsDefaultVersion: v.isDefault,
      CreateDate: v.createDate,
    }));
    return page(versions, input, 'Versions');
  },
});
