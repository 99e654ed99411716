// `aws iam set-default-policy-version`: puts another existing version of a customer managed policy in force
// (IAM API reference: SetDefaultPolicyVersion; an unknown version is NoSuchEntity).
import { iamCommand } from './define';
import { findPolicy } from './store';
import { noSuchVersion } from './managed-policies';

export const setDefaultPolicyVersion = iamCommand('set-default-policy-version', {
  summary: 'Sets the specified version of the specified policy as the policy default (operative) version.',
  resource: (input) => String(input.PolicyArn),
  run(input, { account }) {
    const arn = String(input.PolicyArn);
    const policy = findPolicy(account, arn);
    const versionId = String(input.VersionId);
    const version = policy.versions.find((v) => v.versionId === versionId);
    if (!version) throw noSuchVersion(arn, versionId);
    for (const v of policy.versions) v.isDefault = v === version;
    return {};
  },
});
