// `aws iam create-policy-version`: at most five versions (IAM API reference: CreatePolicyVersion, LimitExceeded).
import { iamCommand } from './define';
import { checkPolicyDocument, findPolicy } from './store';
import { ServiceError } from '../operation';

export const MAX_POLICY_VERSIONS = 5;

export const createPolicyVersion = iamCommand('create-policy-version', {
  summary: 'Creates a new version of the specified managed policy.',
  resource: (input) => String(input.PolicyArn),
  run(input, { account, timestamp }) {
    const policy = findPolicy(account, String(input.PolicyArn));
    const document = String(input.PolicyDocument);
    checkPolicyDocument(document, 'identity', 'managed');
    if (policy.versions.length >= MAX_POLICY_VERSIONS) {
      throw new ServiceError(
        'LimitExceeded',
        `A managed policy can have up to ${MAX_POLICY_VERSIONS} versions. Before you create a new version, you must delete an existing version.`,
      );
    }
    const highest = Math.max(...policy.versions.map((v) => Number.parseInt(v.versionId.slice(1), 10) || 0));
    const isDefault = input.SetAsDefault === true;
    if (isDefault) for (const v of policy.versions) v.isDefault = false;
    const version = { versionId: `v${highest + 1}`, document, isDefault, createDate: timestamp };
    policy.versions.push(version);
    return {
      PolicyVersion: { VersionId: version.versionId, IsDefaultVersion: isDefault, CreateDate: timestamp },
    };
  },
});
