// `aws iam create-role`: a role with its trust policy (IAM API reference: CreateRole; trust policies are
// at most 2048 characters without white space, IAM User Guide "IAM and AWS STS quotas").
import { iamArn, iamCommand } from './define';
import { checkName, checkPolicyDocument, deriveId, roleExists, roleResponse } from './store';
import { ServiceError } from '../operation';
import type { SimulatedRole, Tag } from '../../types';
import { policySize } from '../../policy/parse';

/** Role trust policy length without white space (IAM User Guide, "IAM and AWS STS quotas"). */
export const TRUST_POLICY_SIZE = 2048;

export const createRole = iamCommand('create-role', {
  summary: 'Creates a new role for your Amazon Web Services account.',
  resource: (input, account) => iamArn(account, 'role', String(input.RoleName)),
  run(input, { account, timestamp }) {
    const roleName = String(input.RoleName);
    checkName('roleName', roleName, 64);
    const duration = typeof input.MaxSessionDuration === 'number' ? input.MaxSessionDuration : 3600;
    if (duration > 43200) {
      throw new ServiceError(
        'ValidationError',
        `1 validation error detected: Value '${duration}' at 'maxSessionDuration' failed to satisfy constraint: Member must have value less than or equal to 43200`,
      );
    }
    const document = String(input.AssumeRolePolicyDocument);
    checkPolicyDocument(document, 'trust', null);
    if (policySize(document) > TRUST_POLICY_SIZE) {
      throw new ServiceError('LimitExceeded', `Cannot exceed quota for ACLSizePerRole: ${TRUST_POLICY_SIZE}`);
    }
    if (roleExists(account, roleName)) {
      throw new ServiceError('EntityAlreadyExists', `Role with name ${roleName} already exists.`);
    }
    const role: SimulatedRole = {
      roleName,
      roleId: `AROA${deriveId(`role:${roleName}:${timestamp}`, 17)}`,
      path: typeof input.Path === 'string' ? input.Path : '/',
      createDate: timestamp,
      assumeRolePolicyDocument: document,
      maxSessionDuration: duration,
      attachedPolicies: [],
      inlinePolicies: {},
      ...(typeof input.Description === 'string' ? { description: input.Description } : {}),
      ...(Array.isArray(input.Tags) && input.Tags.length ? { tags: input.Tags as Tag[] } : {}),
    };
    (account.roles ??= []).push(role);
    const { MaxSessionDuration: _, ...created } = roleResponse(account, role, false);
    return { Role: { ...created, ...(role.tags ? { Tags: role.tags } : {}) } };
  },
});
