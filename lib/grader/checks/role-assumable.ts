// Check: a user may (or may not) assume a role — the trust policy and the user's policies run through the
// policy evaluator, so any correct trust policy passes.
import { assumeRoleDecision } from '../../aws/role-trust';
import type { Check } from '../types';

export interface RoleAssumableOptions {
  id: string;
  label: string;
  roleName: string;
  userName: string;
  /** Default true; false checks that the user is kept out. */
  assumable?: boolean;
}

export function roleAssumable({
  id,
  label,
  roleName,
  userName,
  assumable = true,
}: RoleAssumableOptions): Check {
  return {
    id,
    label,
    run({ account }) {
      if (!(account.roles ?? []).some((r) => r.roleName === roleName)) {
        return {
          pass: false,
          message: `There is no role \`${roleName}\` yet: \`aws iam create-role --role-name ${roleName} --assume-role-policy-document file://trust.json\`.`,
        };
      }
      const decision = assumeRoleDecision(account, userName, roleName);
      if (!decision) return { pass: false, message: `There is no IAM user \`${userName}\`.` };
      const allowed = decision.decision === 'allow';
      if (allowed === assumable) return { pass: true };
      return {
        pass: false,
        message: assumable
          ? `\`${userName}\` cannot assume \`${roleName}\` yet: ${decision.reason}. The trust policy must allow \`sts:AssumeRole\` for \`arn:aws:iam::${account.accountId}:user/${userName}\`.`
          : `\`${userName}\` can still assume \`${roleName}\`: ${decision.reason}.`,
      };
    },
  };
}
