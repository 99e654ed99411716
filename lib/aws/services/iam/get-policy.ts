// `aws iam get-policy`: a customer or AWS managed policy (IAM API reference: GetPolicy).
import { iamCommand } from './define';
import { anyPolicyResponse, findAnyPolicy } from './managed-policies';

export const getPolicy = iamCommand('get-policy', {
  summary: 'Retrieves information about the specified managed policy.',
  resource: (input) => String(input.PolicyArn),
  run(input, { account }) {
    return { Policy: anyPolicyResponse(account, findAnyPolicy(account, String(input.PolicyArn)), true) };
  },
});
