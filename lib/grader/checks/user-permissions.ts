// Check: what an IAM user may do with every identity policy it has (inline, managed, through its groups),
// decided by the same authorization code as the simulated calls, so any correct set of policies passes.
import { accountNow, userArn, type Principal } from '../../aws/account';
import { attachedPolicyArns, decide } from '../../aws/authorization';
import { preloadManagedPolicies } from '../../aws/policy-adapter';
import { missingUser } from './iam-user';
import type { Check, CheckOutcome } from '../types';

/** One request the user must be allowed, or refused. */
export interface UserRequest {
  /** `s3:PutObject` */
  action: string;
  /** The resource ARN (`*` for actions without one). */
  resource: string;
}

export interface UserPermissionsOptions {
  id: string;
  label: string;
  userName: string;
  allows?: UserRequest[];
  denies?: UserRequest[];
}

const shown = (r: UserRequest) => `\`${r.action}\` on \`${r.resource}\``;

export function userPermissions({
  id,
  label,
  userName,
  allows = [],
  denies = [],
}: UserPermissionsOptions): Check {
  return {
    id,
    label,
    async run({ account }): Promise<CheckOutcome> {
      const user = account.users.find((u) => u.userName === userName);
      if (!user) {
        return missingUser(userName);
      }
      // A placeholder key: `decide` only reads the user; the key plays no part in authorization.
      const principal: Principal = {
        kind: 'user',
        arn: userArn(account, user),
        user,
        key: user.accessKeys[0] ?? { accessKeyId: '', secretAccessKey: '' },
      };
      await preloadManagedPolicies(attachedPolicyArns(account, principal));
      const now = accountNow(account);
      for (const request of allows) {
        const decision = decide(account, principal, request.action, request.resource, now);
        if (decision.decision === 'allow') continue;
        const why =
          decision.decision === 'explicit-deny'
            ? 'a Deny statement refuses it'
            : 'none of its policies allows it';
        return {
          pass: false,
          message: `\`${userName}\` may not call ${shown(request)} yet: ${why}. Check the policy's Action and Resource, and that it is attached to \`${userName}\` (or to a group it is in).`,
        };
      }
      for (const request of denies) {
        const decision = decide(account, principal, request.action, request.resource, now);
        if (decision.decision !== 'allow') continue;
        return {
          pass: false,
          message: `\`${userName}\` may also call ${shown(request)}, which it does not need: narrow the Action or Resource of its policies, or detach the broad one.`,
        };
      }
      return { pass: true };
    },
  };
}
