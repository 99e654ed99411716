// Check: an IAM user has no policy of its own (no attached managed policy, no inline policy), so its
// permissions can only come from its groups.
import type { Check } from '../types';

export interface NoDirectPoliciesOptions {
  id: string;
  label: string;
  userName: string;
}

export function noDirectPolicies({ id, label, userName }: NoDirectPoliciesOptions): Check {
  return {
    id,
    label,
    run({ account }) {
      const user = account.users.find((u) => u.userName === userName);
      if (!user) return { pass: false, message: `There is no IAM user \`${userName}\`.` };
      const attached = user.attachedPolicies ?? [];
      if (attached.length) {
        const arn = attached[0]!;
        return {
          pass: false,
          message: `\`${userName}\` has \`${arn.slice(arn.lastIndexOf('/') + 1)}\` attached directly; permissions should come from the group only: \`aws iam detach-user-policy --user-name ${userName} --policy-arn ${arn}\`.`,
        };
      }
      const inline = Object.keys(user.inlinePolicies ?? {});
      if (inline.length) {
        return {
          pass: false,
          message: `\`${userName}\` has the inline policy \`${inline[0]}\`; permissions should come from the group only: \`aws iam delete-user-policy --user-name ${userName} --policy-name ${inline[0]}\`.`,
        };
      }
      return { pass: true };
    },
  };
}
