// Check: an IAM user exists in the simulated account, in these groups, with these policies (attached
// managed policies by ARN or name, inline policies by name; a group's policies count for its users).
import type { SimulatedAccount, SimulatedUser } from '../../aws/types';
import type { Check, CheckOutcome } from '../types';

/** The outcome when the user a check is about does not exist yet, with the command that creates it. */
export function missingUser(userName: string): CheckOutcome {
  return {
    pass: false,
    message: `There is no IAM user \`${userName}\` yet: \`aws iam create-user --user-name ${userName}\`.`,
  };
}

export interface IamUserOptions {
  id: string;
  label: string;
  userName: string;
  /** Managed policy ARNs or names, or inline policy names, the user must have. */
  policies?: string[];
  groups?: string[];
  /** Count policies the user has through its groups (default true). */
  viaGroups?: boolean;
}

const nameOf = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);

/** Every policy the user has, by ARN and name, with where it comes from. */
function policiesOf(account: SimulatedAccount, user: SimulatedUser, viaGroups: boolean): Map<string, string> {
  const found = new Map<string, string>();
  const add = (arns: string[] | undefined, inline: Record<string, string> | undefined, from: string) => {
    for (const arn of arns ?? []) {
      found.set(arn, from);
      found.set(nameOf(arn), from);
    }
    for (const name of Object.keys(inline ?? {})) found.set(name, from);
  };
  add(user.attachedPolicies, user.inlinePolicies, 'user');
  if (viaGroups) {
    for (const name of user.groups ?? []) {
      const group = (account.groups ?? []).find((g) => g.groupName === name);
      if (group) add(group.attachedPolicies, group.inlinePolicies, `group ${name}`);
    }
  }
  return found;
}

export function iamUser({
  id,
  label,
  userName,
  policies = [],
  groups = [],
  viaGroups = true,
}: IamUserOptions): Check {
  return {
    id,
    label,
    run({ account }) {
      const user = account.users.find((u) => u.userName === userName);
      if (!user) {
        return missingUser(userName);
      }
      for (const group of groups) {
        if (!user.groups?.includes(group)) {
          return {
            pass: false,
            message: `\`${userName}\` is not in the group \`${group}\`: \`aws iam add-user-to-group --group-name ${group} --user-name ${userName}\`.`,
          };
        }
      }
      const has = policiesOf(account, user, viaGroups);
      const missing = policies.filter((p) => !has.has(p));
      if (missing.length) {
        const current = [...new Set([...has.keys()].filter((k) => !k.startsWith('arn:')))];
        const first = missing[0]!;
        const hint = first.startsWith('arn:')
          ? ` Attach it: \`aws iam attach-user-policy --user-name ${userName} --policy-arn ${first}\`.`
          : '';
        return {
          pass: false,
          message:
            `\`${userName}\` does not have the policy \`${nameOf(first)}\`` +
            ` (it has: ${current.length ? current.map((c) => `\`${c}\``).join(', ') : 'no policies'}).${hint}`,
        };
      }
      return { pass: true };
    },
  };
}
