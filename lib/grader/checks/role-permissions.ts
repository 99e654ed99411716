// Check: what a session of a role may do, decided by the policy evaluator over every permissions policy of
// the role (attached managed and inline), so any correct set of policies passes, however it is written.
import { decide, identityPolicies } from '../../aws/authorization';
import { accountNow, roleArn, type Principal } from '../../aws/account';
import { preloadManagedPolicies } from '../../aws/policy-adapter';
import { policyMistakeHint } from '../../aws/policy/hints';
import type { Decision as EvaluatorDecision } from '../../aws/policy/types';
import type { Check, CheckOutcome } from '../types';

/** One request a session of the role must (or must not) be allowed. */
export interface RoleRequest {
  action: string;
  resource: string;
}

export interface RolePermissionsOptions {
  id: string;
  label: string;
  roleName: string;
  allows: RoleRequest[];
  denies: RoleRequest[];
}

const shown = (r: RoleRequest) => `\`${r.action}\` on \`${r.resource}\``;

export function rolePermissions({ id, label, roleName, allows, denies }: RolePermissionsOptions): Check {
  return {
    id,
    label,
    async run({ account }): Promise<CheckOutcome> {
      const role = (account.roles ?? []).find((r) => r.roleName === roleName);
      if (!role) {
        return {
          pass: false,
          message: `There is no role \`${roleName}\` yet: \`aws iam create-role --role-name ${roleName} --assume-role-policy-document file://trust.json\`.`,
        };
      }
      await preloadManagedPolicies(role.attachedPolicies ?? []);
      const now = accountNow(account);
      const principal: Principal = {
        kind: 'role-session',
        arn: `arn:aws:sts::${account.accountId}:assumed-role/${roleName}/check`,
        role,
        session: {
          accessKeyId: '',
          secretAccessKey: '',
          sessionToken: '',
          expiration: new Date(now.getTime() + 3600_000).toISOString(),
          roleName,
          roleSessionName: 'check',
          sourceIdentityArn: roleArn(account, role),
        },
      };
      const policies = identityPolicies(account, principal);
      if (policies.length === 0) {
        return {
          pass: false,
          message: `The role \`${roleName}\` has no permissions policy yet: a session of it may do nothing. Attach one with \`aws iam attach-role-policy\` or add one with \`aws iam put-role-policy\`.`,
        };
      }
      const names = policies.map((p) => p.label.replace(`role ${roleName}: `, '')).join(', ');
      for (const request of allows) {
        const decision = decide(account, principal, request.action, request.resource, now);
        if (decision.decision === 'allow') continue;
        const hint = decision.details ? policyMistakeHint(decision.details as EvaluatorDecision) : null;
        const why =
          hint ??
          (decision.decision === 'explicit-deny' ? 'a Deny statement matches it' : 'no statement allows it');
        return {
          pass: false,
          message: `A session of \`${roleName}\` should be allowed ${shown(request)}, but it is not: ${why} (the role has: ${names}).`,
        };
      }
      for (const request of denies) {
        const decision = decide(account, principal, request.action, request.resource, now);
        if (decision.decision !== 'allow') continue;
        return {
          pass: false,
          message: `A session of \`${roleName}\` should not be allowed ${shown(request)}, but it is (${decision.reason}): the role's policies allow too much.`,
        };
      }
      return { pass: true };
    },
  };
}
