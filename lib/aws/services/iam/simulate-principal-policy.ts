// `aws iam simulate-principal-policy`: would this user, group or role be allowed these actions?
// (IAM API reference: SimulatePrincipalPolicy; the principal's identity policies, plus --policy-input-list.)
import { iamCommand } from './define';
import { findGroup, findRole, findUser, groupArn } from './store';
import { simulate, sourcesOf, type SimulatedPolicySource } from './simulate';
import { identityPolicies, requestContext, type PolicySource } from '../../authorization';
import type { Principal } from '../../account';
import { ServiceError } from '../operation';

export const simulatePrincipalPolicy = iamCommand('simulate-principal-policy', {
  summary:
    "Simulate how a set of IAM policies attached to an IAM entity works with a list of API operations and Amazon Web Services resources to determine the policies' effective permissions.",
  resource: (input) => String(input.PolicySourceArn),
  run(input, { account, now }) {
    const arn = String(input.PolicySourceArn);
    const m = /^arn:aws:iam::(\d{12}):(user|group|role)\/(?:.*\/)?([^/]+)$/.exec(arn);
    if (!m || m[1] !== account.accountId) throw new ServiceError('InvalidInput', `Invalid ARN: ${arn}`);
    const [, , type, name] = m;
    let policies: PolicySource[];
    let context: Record<string, string | string[]> = {};
    if (type === 'group') {
      const group = findGroup(account, name!);
      const asUser: Principal = {
        kind: 'user',
        arn: groupArn(account, group),
        user: { userName: '', userId: '', accessKeys: [], buckets: [], groups: [group.groupName] },
        key: { accessKeyId: '', secretAccessKey: '' },
      };
      policies = identityPolicies(account, asUser);
    } else {
      const principal: Principal =
        type === 'user'
          ? {
              kind: 'user',
              arn,
              user: findUser(account, name!),
              key: { accessKeyId: '', secretAccessKey: '' },
            }
          : {
              kind: 'role-session',
              arn,
              role: findRole(account, name!),
              session: {
                accessKeyId: '',
                secretAccessKey: '',
                sessionToken: '',
                expiration: '',
                roleName: name!,
                roleSessionName: 'simulation',
                sourceIdentityArn: '',
              },
            };
      policies = identityPolicies(account, principal);
      context = requestContext(account, principal, now);
    }
    const extra: SimulatedPolicySource[] = ((input.PolicyInputList as string[] | undefined) ?? []).map(
      (document, i) => ({
        id: `PolicyInputList.${i + 1}`,
        type: 'none',
        kind: 'custom',
        document,
      }),
    );
    return simulate(arn, context, [...sourcesOf(policies), ...extra], input);
  },
});
