// Customer managed policies and the AWS managed catalog as IAM reports them (shared by the policy and
// policy-version commands).
import { awsManagedPolicies, type AwsManagedPolicy } from '../../policy-adapter';
import type { SimulatedAccount, SimulatedPolicy } from '../../types';
import { ServiceError } from '../operation';
import { attachments, findPolicy, policyArn } from './store';

/** A customer managed policy of the account, or an AWS managed policy of the catalog. */
export type AnyPolicy =
  { kind: 'customer'; policy: SimulatedPolicy } | { kind: 'aws'; policy: AwsManagedPolicy };

export function findAnyPolicy(account: SimulatedAccount, arn: string): AnyPolicy {
  const managed = awsManagedPolicies().find((p) => p.arn === arn);
  if (managed) return { kind: 'aws', policy: managed };
  return { kind: 'customer', policy: findPolicy(account, arn) };
}

/** The Policy structure of GetPolicy and ListPolicies. */
export function anyPolicyResponse(account: SimulatedAccount, found: AnyPolicy, withDescription: boolean) {
  if (found.kind === 'customer') {
    const policy = found.policy;
    const arn = policyArn(account, policy);
    const { users, groups, roles } = attachments(account, arn);
    const latest = policy.versions.reduce((a, v) => (v.createDate > a ? v.createDate : a), '');
    return {
      PolicyName: policy.policyName,
      PolicyId: policy.policyId,
      Arn: arn,
      Path: policy.path ?? '/',
      DefaultVersionId: policy.versions.find((v) => v.isDefault)!.versionId,
      AttachmentCount: users.length + groups.length + roles.length,
      PermissionsBoundaryUsageCount: 0,
      IsAttachable: true,
      ...(withDescription && policy.description !== undefined ? { Description: policy.description } : {}),
      CreateDate: policy.createDate ?? latest,
      UpdateDate: latest,
      ...(policy.tags?.length ? { Tags: policy.tags } : {}),
    };
  }
  const policy = found.policy;
  const { users, groups, roles } = attachments(account, policy.arn);
  return {
    PolicyName: policy.name,
    PolicyId: policy.policyId,
    Arn: policy.arn,
    Path: '/',
    DefaultVersionId: policy.defaultVersionId,
    AttachmentCount: users.length + groups.length + roles.length,
    PermissionsBoundaryUsageCount: 0,
    IsAttachable: true,
    CreateDate: policy.createDate,
    UpdateDate: policy.updateDate,
  };
}

/** The versions of any policy, newest first (an AWS managed policy shows its default version). */
export function versionsOf(found: AnyPolicy) {
  if (found.kind === 'aws') {
    const p = found.policy;
    return [
      { versionId: p.defaultVersionId, document: p.document, isDefault: true, createDate: p.createDate },
    ];
  }
  return [...found.policy.versions].reverse();
}

export function noSuchVersion(arn: string, versionId: string): ServiceError {
  return new ServiceError(
    'NoSuchEntity',
    `Policy ${arn} version ${versionId} does not exist or is not attachable.`,
  );
}
