// `aws iam create-policy`: a customer managed policy with version v1 as default (IAM API reference:
// CreatePolicy; managed policies are at most 6,144 characters without white space, IAM User Guide quotas).
import { iamArn, iamCommand } from './define';
import { checkName, checkPolicyDocument, deriveId, policyArn } from './store';
import { anyPolicyResponse } from './managed-policies';
import { ServiceError } from '../operation';
import type { SimulatedPolicy, Tag } from '../../types';

export const createPolicy = iamCommand('create-policy', {
  summary: 'Creates a new managed policy for your Amazon Web Services account.',
  resource: (input, account) => iamArn(account, 'policy', String(input.PolicyName)),
  run(input, { account, timestamp }) {
    const policyName = String(input.PolicyName);
    checkName('policyName', policyName, 128);
    const document = String(input.PolicyDocument);
    checkPolicyDocument(document, 'identity', 'managed');
    const path = typeof input.Path === 'string' ? input.Path : '/';
    const arn = `arn:aws:iam::${account.accountId}:policy${path}${policyName}`;
    if ((account.policies ?? []).some((p) => policyArn(account, p) === arn)) {
      throw new ServiceError(
        'EntityAlreadyExists',
        `A policy called ${policyName} already exists. Duplicate names are not allowed.`,
      );
    }
    const policy: SimulatedPolicy = {
      policyName,
      policyId: `ANPA${deriveId(`policy:${arn}:${timestamp}`, 17)}`,
      path,
      createDate: timestamp,
      versions: [{ versionId: 'v1', document, isDefault: true, createDate: timestamp }],
      ...(typeof input.Description === 'string' ? { description: input.Description } : {}),
      ...(Array.isArray(input.Tags) && input.Tags.length ? { tags: input.Tags as Tag[] } : {}),
    };
    (account.policies ??= []).push(policy);
    // CreatePolicy does not return the description (API reference: "the Description is not included").
    return { Policy: anyPolicyResponse(account, { kind: 'customer', policy }, false) };
  },
});
