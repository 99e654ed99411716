// `aws sts get-caller-identity`: who the resolved keys belong to, in the resolved output format.
import type { AwsCommand } from '../cli/command';
import { formatResponse } from '../output/formatters';
import { outputFormat } from './output-format';
import { authorize, QUERY_SERVICE_ERRORS } from './service-call';

export const stsGetCallerIdentityCommand: AwsCommand = {
  name: 'get-caller-identity',
  help: {
    summary: 'Returns details about the IAM user or role whose credentials are used to call the operation.',
    usage: 'aws sts get-caller-identity',
  },
  args: {},
  async run(_args, ctx) {
    // GetCallerIdentity needs no permission: even an explicit deny cannot stop it (STS API reference).
    const principal = await authorize(ctx, {
      service: 'sts',
      operation: 'GetCallerIdentity',
      regionRequired: false,
      ...QUERY_SERVICE_ERRORS,
    });
    const account = ctx.invocation.account;
    const userId =
      principal.kind === 'user'
        ? principal.user.userId
        : `${principal.role.roleId}:${principal.session.roleSessionName}`;
    const response = { UserId: userId, Account: account.accountId, Arn: principal.arn };
    const format = await outputFormat(ctx);
    const value = ctx.globals.query ? ctx.globals.query.search(response) : response;
    ctx.out.stdout += formatResponse(value, format, 'GetCallerIdentity');
    return 0;
  },
};
