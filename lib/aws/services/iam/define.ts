// How an IAM operation is declared: its CLI name, the resource it acts on, and one function answering it.
import type { AwsCommand } from '../../cli/command';
import type { Principal } from '../../account';
import type { SimulatedAccount } from '../../types';
import { operationCommand, type OperationCall } from '../operation';
import { OPERATIONS } from './model.generated';

/** One IAM operation: `iam:<Operation>` is authorized on `resource(input)` before `run` answers. */
export interface IamOperation {
  summary: string;
  /** The ARN the action is authorized on (the IAM Service Authorization Reference's resource type). */
  resource(input: Record<string, unknown>, account: SimulatedAccount, principal: Principal): string;
  run(input: Record<string, unknown>, call: OperationCall): Record<string, unknown>;
}

export function iamCommand(cli: string, operation: IamOperation): AwsCommand {
  const model = OPERATIONS[cli];
  if (!model) throw new Error(`iam ${cli} is not in scripts/aws-models.ts`);
  return operationCommand(cli, {
    service: 'iam',
    model,
    summary: operation.summary,
    permission: (input, account, principal) => ({
      action: `iam:${model.name}`,
      resource: operation.resource(input, account, principal),
    }),
    run: operation.run,
  });
}

/** `arn:aws:iam::ACCOUNT:<type>/<name>` (a list operation authorizes on `…:<type>/`). */
export const iamArn = (account: SimulatedAccount, type: string, name = '') =>
  `arn:aws:iam::${account.accountId}:${type}/${name}`;

/** The user an input names, or the calling user (key operations without --user-name). */
export function userResource(
  input: Record<string, unknown>,
  account: SimulatedAccount,
  principal: Principal,
) {
  if (typeof input.UserName === 'string') return iamArn(account, 'user', input.UserName);
  return principal.kind === 'user' ? principal.arn : iamArn(account, 'user', '');
}
