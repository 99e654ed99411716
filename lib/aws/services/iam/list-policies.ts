// `aws iam list-policies`: AWS managed and customer managed policies by --scope (IAM API reference: ListPolicies).
import { iamArn, iamCommand } from './define';
import { anyPolicyResponse, type AnyPolicy } from './managed-policies';
import { attachments, page, policyArn } from './store';
import { awsManagedPolicies } from '../../policy-adapter';

export const listPolicies = iamCommand('list-policies', {
  summary: 'Lists all the managed policies that are available in your Amazon Web Services account.',
  resource: (_input, account) => iamArn(account, 'policy'),
  run(input, { account }) {
    const scope = typeof input.Scope === 'string' ? input.Scope : 'All';
    const prefix = typeof input.PathPrefix === 'string' ? input.PathPrefix : '/';
    const all: AnyPolicy[] = [
      ...(scope === 'Local' ? [] : awsManagedPolicies().map((policy) => ({ kind: 'aws' as const, policy }))),
      ...(scope === 'AWS'
        ? []
        : (account.policies ?? []).map((policy) => ({ kind: 'customer' as const, policy }))),
    ];
    const arnOf = (p: AnyPolicy) => (p.kind === 'aws' ? p.policy.arn : policyArn(account, p.policy));
    const selected = all
      .filter((p) => (p.kind === 'aws' ? '/' : (p.policy.path ?? '/')).startsWith(prefix))
      .filter((p) => {
        if (input.OnlyAttached !== true) return true;
        const { users, groups, roles } = attachments(account, arnOf(p));
        return users.length + groups.length + roles.length > 0;
      })
      .map((p) => {
        const { Tags: _tags, ...listed } = anyPolicyResponse(account, p, false) as Record<string, unknown>;
        return listed;
      });
    return page(selected, input, 'Policies');
  },
});
