// Inline policies of users and roles (IAM API reference: PutUserPolicy, GetUserPolicy, ListUserPolicies,
// DeleteUserPolicy and the role twins; size quotas from the IAM User Guide, "IAM and AWS STS quotas").
import type { AwsCommand } from '../../cli/command';
import type { SimulatedAccount } from '../../types';
import { policySize } from '../../policy/parse';
import { ServiceError } from '../operation';
import { iamArn, iamCommand } from './define';
import { checkName, checkPolicyDocument, documentValue, findRole, findUser, page } from './store';

type Kind = 'user' | 'role';
const NAME_FIELD = { user: 'UserName', role: 'RoleName' } as const;
const QUOTA = { user: 'userInline', role: 'roleInline' } as const;

function entity(account: SimulatedAccount, kind: Kind, name: string) {
  const target = kind === 'user' ? findUser(account, name) : findRole(account, name);
  target.inlinePolicies ??= {};
  return { name, policies: target.inlinePolicies };
}

const resource = (kind: Kind) => (input: Record<string, unknown>, account: SimulatedAccount) =>
  iamArn(account, kind, String(input[NAME_FIELD[kind]]));

function find(policies: Record<string, string>, kind: Kind, name: string): string {
  const document = policies[name];
  if (document === undefined) {
    throw new ServiceError('NoSuchEntity', `The ${kind} policy with name ${name} cannot be found.`);
  }
  return document;
}

export function putCommand(kind: Kind): AwsCommand {
  return iamCommand(`put-${kind}-policy`, {
    summary: `Adds or updates an inline policy document that is embedded in the specified IAM ${kind}.`,
    resource: resource(kind),
    run(input, { account }) {
      const target = entity(account, kind, String(input[NAME_FIELD[kind]]));
      const policyName = String(input.PolicyName);
      checkName('policyName', policyName, 128);
      const document = String(input.PolicyDocument);
      const others = Object.entries(target.policies)
        .filter(([name]) => name !== policyName)
        .reduce((size, [, text]) => size + policySize(text), 0);
      checkPolicyDocument(document, 'identity', QUOTA[kind], target.name, others);
      target.policies[policyName] = document;
      return {};
    },
  });
}

export function getCommand(kind: Kind): AwsCommand {
  return iamCommand(`get-${kind}-policy`, {
    summary: `Retrieves the specified inline policy document that is embedded in the specified IAM ${kind}.`,
    resource: resource(kind),
    run(input, { account }) {
      const target = entity(account, kind, String(input[NAME_FIELD[kind]]));
      const policyName = String(input.PolicyName);
      const document = find(target.policies, kind, policyName);
      return {
        [NAME_FIELD[kind]]: target.name,
        PolicyName: policyName,
        PolicyDocument: documentValue(document),
      };
    },
  });
}

export function listCommand(kind: Kind): AwsCommand {
  return iamCommand(`list-${kind}-policies`, {
    summary: `Lists the names of the inline policies embedded in the specified IAM ${kind}.`,
    resource: resource(kind),
    run(input, { account }) {
      const target = entity(account, kind, String(input[NAME_FIELD[kind]]));
      return page(Object.keys(target.policies), input, 'PolicyNames');
    },
  });
}

export function deleteCommand(kind: Kind): AwsCommand {
  return iamCommand(`delete-${kind}-policy`, {
    summary: `Deletes the specified inline policy that is embedded in the specified IAM ${kind}.`,
    resource: resource(kind),
    run(input, { account }) {
      const target = entity(account, kind, String(input[NAME_FIELD[kind]]));
      const policyName = String(input.PolicyName);
      find(target.policies, kind, policyName);
      delete target.policies[policyName];
      return {};
    },
  });
}
