// `aws sts get-caller-identity`: who the resolved keys belong to, in the resolved output format.
import type { AwsCommand } from '../cli/command';
import { userArn } from '../account';
import { formatResponse } from '../output/formatters';
import { outputFormat } from './output-format';
import { authorize } from './service-call';

export const stsGetCallerIdentityCommand: AwsCommand = {
  name: 'get-caller-identity',
  help: {
    summary: 'Returns details about the IAM user or role whose credentials are used to call the operation.',
    usage: 'aws sts get-caller-identity',
  },
  args: {},
  async run(_args, ctx) {
    const user = await authorize(ctx, {
      service: 'sts',
      operation: 'GetCallerIdentity',
      regionRequired: false,
      unknownKey: ['InvalidClientTokenId', 'The security token included in the request is invalid.'],
      invalidToken: ['InvalidClientTokenId', 'The security token included in the request is invalid.'],
      wrongSecret: [
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
      ],
    });
    const account = ctx.invocation.account;
    const response = { UserId: user.userId, Account: account.accountId, Arn: userArn(account, user) };
    const format = await outputFormat(ctx);
    const value = ctx.globals.query ? ctx.globals.query.search(response) : response;
    ctx.out.stdout += formatResponse(value, format, 'GetCallerIdentity');
    return 0;
  },
};
