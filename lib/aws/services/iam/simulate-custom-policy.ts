// `aws iam simulate-custom-policy`: would these policy documents allow these actions?
// (IAM API reference: SimulateCustomPolicy.)
import { iamCommand } from './define';
import { simulate } from './simulate';

export const simulateCustomPolicy = iamCommand('simulate-custom-policy', {
  summary:
    "Simulate how a set of IAM policies and optionally a resource-based policy works with a list of API operations and Amazon Web Services resources to determine the policies' effective permissions.",
  resource: () => '*',
  run(input, { principal }) {
    const sources = (input.PolicyInputList as string[]).map((document, i) => ({
      id: `PolicyInputList.${i + 1}`,
      type: 'none' as const,
      kind: 'custom' as const,
      document,
    }));
    return simulate(principal.arn, {}, sources, input);
  },
});
