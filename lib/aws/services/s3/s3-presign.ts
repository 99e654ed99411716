// `aws s3 presign`: a GetObject URL signed locally with the resolved credentials (no request is made).
import type { AwsCommand } from '../../cli/command';
import { noCredentialsError } from '../../cli/errors';
import { resolveCredentials } from '../../config/resolve-credentials';
import { splitBucketKey } from './paths';
import { presignGetObject } from './presign';
import { now } from './store';

export const s3PresignCommand: AwsCommand = {
  name: 'presign',
  help: { summary: 'Generate a pre-signed URL for an Amazon S3 object.', usage: 'aws s3 presign <S3Uri>' },
  args: {
    positionals: [{ name: 'path' }],
    options: [{ flag: '--expires-in', kind: 'value', int: true }],
  },
  async run(args, ctx) {
    const { bucket, key } = splitBucketKey(args.positionals.get('path')!.replace(/^s3:\/\//, ''));
    const region = (await ctx.session.region())?.value || null;
    const credentials = await resolveCredentials(ctx.session);
    if (!credentials) throw noCredentialsError();
    const url = presignGetObject({
      bucket,
      key,
      region,
      accessKeyId: credentials.accessKey,
      secretAccessKey: credentials.secretKey,
      sessionToken: credentials.sessionToken,
      expiresIn: Number(args.options.get('--expires-in') ?? 3600),
      now: now(ctx.invocation.account),
    });
    ctx.out.stdout += `${url}\n`;
    return 0;
  },
};
