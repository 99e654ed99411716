// Managed policy attachment, shared by the user, group and role variants (IAM API reference:
// AttachUserPolicy, DetachUserPolicy, ListAttachedUserPolicies and their group/role twins).
import type { AwsCommand } from '../../cli/command';
import type { SimulatedAccount } from '../../types';
import { ServiceError } from '../operation';
import { iamArn, iamCommand } from './define';
import { findGroup, findRole, findUser, isAttachable, page, policyNameOf } from './store';

type Kind = 'user' | 'group' | 'role';
const NAME_FIELD = { user: 'UserName', group: 'GroupName', role: 'RoleName' } as const;
const QUOTA = { user: 'PoliciesPerUser', group: 'PoliciesPerGroup', role: 'PoliciesPerRole' } as const;
/** Managed policies per entity (IAM User Guide, "IAM and AWS STS quotas"). */
export const MAX_ATTACHED_POLICIES = 10;

function entity(account: SimulatedAccount, kind: Kind, name: string): { attachedPolicies?: string[] } {
  return kind === 'user'
    ? findUser(account, name)
    : kind === 'group'
      ? findGroup(account, name)
      : findRole(account, name);
}

function checkArn(arn: string): void {
  if (!/^arn:aws:iam::(aws|\d{12}):policy\/.+/.test(arn))
    throw new ServiceError('InvalidInput', `ARN ${arn} is not valid.`);
}

const resource = (kind: Kind) => (input: Record<string, unknown>, account: SimulatedAccount) =>
  iamArn(account, kind, String(input[NAME_FIELD[kind]]));

export function attachCommand(kind: Kind): AwsCommand {
  return iamCommand(`attach-${kind}-policy`, {
    summary: `Attaches the specified managed policy to the specified IAM ${kind}.`,
    resource: resource(kind),
    run(input, { account }) {
      const arn = String(input.PolicyArn);
      checkArn(arn);
      const target = entity(account, kind, String(input[NAME_FIELD[kind]]));
      if (!isAttachable(account, arn)) {
        throw new ServiceError('NoSuchEntity', `Policy ${arn} does not exist or is not attachable.`);
      }
      target.attachedPolicies ??= [];
      if (target.attachedPolicies.includes(arn)) return {};
      if (target.attachedPolicies.length >= MAX_ATTACHED_POLICIES) {
        throw new ServiceError(
          'LimitExceeded',
          `Cannot exceed quota for ${QUOTA[kind]}: ${MAX_ATTACHED_POLICIES}`,
        );
      }
      target.attachedPolicies.push(arn);
      return {};
    },
  });
}

export function detachCommand(kind: Kind): AwsCommand {
  return iamCommand(`detach-${kind}-policy`, {
    summary: `Removes the specified managed policy from the specified IAM ${kind}.`,
    resource: resource(kind),
    run(input, { account }) {
      const arn = String(input.PolicyArn);
      checkArn(arn);
      const target = entity(account, kind, String(input[NAME_FIELD[kind]]));
      const at = target.attachedPolicies?.indexOf(arn) ?? -1;
      if (at < 0) throw new ServiceError('NoSuchEntity', `Policy ${arn} was not found.`);
      target.attachedPolicies!.splice(at, 1);
      return {};
    },
  });
}

export function listAttachedCommand(kind: Kind): AwsCommand {
  return iamCommand(`list-attached-${kind}-policies`, {
    summary: `Lists all managed policies that are attached to the specified IAM ${kind}.`,
    resource: resource(kind),
    run(input, { account }) {
      const target = entity(account, kind, String(input[NAME_FIELD[kind]]));
      const prefix = typeof input.PathPrefix === 'string' ? input.PathPrefix : '/';
      const policies = (target.attachedPolicies ?? [])
        .filter((arn) => arn.slice(arn.indexOf(':policy') + ':policy'.length).startsWith(prefix))
        .map((arn) => ({ PolicyName: policyNameOf(arn), PolicyArn: arn }));
      return page(policies, input, 'AttachedPolicies');
    },
  });
}
