// Check: what an IAM user may do with every policy it has (its own, its groups', inline and managed), decided by
// the same evaluator and request context as the `aws` call pipeline, so any correct set of policies passes.
import { accountNow, userArn, type Principal } from '../../aws/account';
import { attachedPolicyArns, identityPolicies, requestContext } from '../../aws/authorization';
import { preloadManagedPolicies } from '../../aws/policy-adapter';
import { evaluatePolicyTexts } from '../../aws/policy/adapter';
import { policyMistakeHint } from '../../aws/policy/hints';
import type { Decision } from '../../aws/policy/types';
import type { Check, CheckOutcome } from '../types';
import type { PolicyRequest } from './policy-behaviour';

export interface UserBehaviourOptions {
  id: string;
  label: string;
  userName: string;
  /** Requests the user must be allowed to make. */
  allows: PolicyRequest[];
  /** Requests the user must be refused (explicitly or implicitly). */
  denies: PolicyRequest[];
  /** Said after the finding when an `allows` request is refused (e.g. which policy to fix). */
  fixAllow?: string;
  /** Said after the finding when a `denies` request is allowed. */
  fixDeny?: string;
}

const shown = (r: PolicyRequest) => `\`${r.action}\` on \`${r.resource}\``;

function statementOf(decision: Decision): string {
  const by = decision.decidedBy;
  if (!by) return 'a statement';
  return `statement ${by.index}${by.sid ? ` (Sid ${by.sid})` : ''} of ${by.policy}`;
}

/** The check: `userName` is allowed every `allows` request and refused every `denies` request. */
export function userBehaviour(options: UserBehaviourOptions): Check {
  const { id, label, userName, allows, denies } = options;
  const tail = (text: string | undefined) => (text ? ` ${text}` : '');
  return {
    id,
    label,
    async run({ account }): Promise<CheckOutcome> {
      const user = account.users.find((u) => u.userName === userName);
      if (!user) return { pass: false, message: `There is no IAM user \`${userName}\`.` };
      const arn = userArn(account, user);
      const principal: Principal = {
        kind: 'user',
        arn,
        user,
        key: user.accessKeys[0] ?? { accessKeyId: '', secretAccessKey: '' },
      };
      await preloadManagedPolicies(attachedPolicyArns(account, principal));
      const policies = identityPolicies(account, principal);
      const base = requestContext(account, principal, accountNow(account));
      const decide = (r: PolicyRequest): Decision | 'unrestricted' =>
        user.unrestricted
          ? 'unrestricted'
          : evaluatePolicyTexts({
              principalArn: arn,
              identityPolicies: policies,
              action: r.action,
              resource: r.resource,
              context: { ...base, ...r.context },
            }).details;
      for (const request of allows) {
        const decision = decide(request);
        if (decision === 'unrestricted' || decision.allowed) continue;
        const why =
          decision.decision === 'explicit-deny'
            ? `${statementOf(decision)} denies it`
            : (policyMistakeHint(decision) ??
              (policies.length ? 'none of its policies allows it' : 'it has no policies'));
        return {
          pass: false,
          message: `\`${userName}\` should be allowed ${shown(request)}, but is not: ${why}.${tail(options.fixAllow)}`,
        };
      }
      for (const request of denies) {
        const decision = decide(request);
        if (decision === 'unrestricted') {
          return {
            pass: false,
            message: `\`${userName}\` is allowed everything (an unrestricted seeded user).`,
          };
        }
        if (!decision.allowed) continue;
        return {
          pass: false,
          message: `\`${userName}\` should not be allowed ${shown(request)}, but ${statementOf(decision)} allows it.${tail(options.fixDeny)}`,
        };
      }
      return { pass: true };
    },
  };
}
