// `aws sts assume-role`: temporary credentials for a role whose trust policy lets the caller in
// (STS API reference: AssumeRole; DurationSeconds default 3600).
import type { AwsCommand } from '../../cli/command';
import { operationCommand } from '../operation';
import { assumeRole } from './assume';
import { OPERATIONS } from './model.generated';

export const stsAssumeRoleCommand: AwsCommand = operationCommand('assume-role', {
  service: 'sts',
  model: OPERATIONS['assume-role']!,
  summary:
    'Returns a set of temporary security credentials that you can use to access Amazon Web Services resources.',
  // AssumeRole authorizes itself: the caller's permission and the role's trust policy together.
  permission: () => null,
  run(input, { ctx, principal, account }) {
    const session = assumeRole(
      account,
      principal,
      {
        roleArn: String(input.RoleArn),
        roleSessionName: String(input.RoleSessionName),
        ...(typeof input.DurationSeconds === 'number' ? { durationSeconds: input.DurationSeconds } : {}),
      },
      ctx.record,
    );
    const role = (account.roles ?? []).find((r) => r.roleName === session.roleName)!;
    return {
      Credentials: {
        AccessKeyId: session.accessKeyId,
        SecretAccessKey: session.secretAccessKey,
        SessionToken: session.sessionToken,
        Expiration: session.expiration,
      },
      AssumedRoleUser: {
        AssumedRoleId: `${role.roleId}:${session.roleSessionName}`,
        Arn: `arn:aws:sts::${account.accountId}:assumed-role/${role.roleName}/${session.roleSessionName}`,
      },
    };
  },
});
