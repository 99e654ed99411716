// Check: a role's trust policy keeps out principals of other AWS accounts. An outsider is assumed to have
// every permission in its own account (the worst case), so only the trust policy can stop it.
import { evaluatePolicies } from '../../aws/policy-adapter';
import type { Check } from '../types';

export interface RoleTrustScopeOptions {
  id: string;
  label: string;
  roleName: string;
}

/** An account id AWS uses in its examples, never the sandbox's. */
const OUTSIDE_ACCOUNT = '111122223333';
const EVERYTHING = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
});

export function roleTrustScope({ id, label, roleName }: RoleTrustScopeOptions): Check {
  return {
    id,
    label,
    run({ account }) {
      const role = (account.roles ?? []).find((r) => r.roleName === roleName);
      if (!role) {
        return {
          pass: false,
          message: `There is no role \`${roleName}\` yet: \`aws iam create-role --role-name ${roleName} --assume-role-policy-document file://trust.json\`.`,
        };
      }
      const principalArn = `arn:aws:iam::${OUTSIDE_ACCOUNT}:user/outsider`;
      const decision = evaluatePolicies({
        principalArn,
        identityPolicies: [{ label: `outsider's own policy`, document: EVERYTHING }],
        resourcePolicy: {
          label: `trust policy of role ${roleName}`,
          document: role.assumeRolePolicyDocument,
        },
        action: 'sts:AssumeRole',
        resource: `arn:aws:iam::${account.accountId}:role${role.path ?? '/'}${roleName}`,
        context: {
          'aws:PrincipalArn': principalArn,
          'aws:PrincipalAccount': OUTSIDE_ACCOUNT,
          'aws:username': 'outsider',
          'aws:SecureTransport': 'true',
        },
      });
      if (decision.decision !== 'allow') return { pass: true };
      return {
        pass: false,
        message: `The trust policy of \`${roleName}\` lets users of other AWS accounts assume it (for example \`${principalArn}\`): name the user (\`arn:aws:iam::${account.accountId}:user/…\`) in \`Principal\`, never \`"*"\`.`,
      };
    },
  };
}
