// `aws s3 mb`: CreateBucket in the configured region (LocationConstraint outside us-east-1).
import type { AwsCommand } from '../../cli/command';
import { EXIT, generalError } from '../../cli/errors';
import { s3CallerOrMessage } from './call';
import { createBucket, paramValidationMessage } from './bucket-ops';
import { splitBucketKey } from './paths';

export const s3MbCommand: AwsCommand = {
  name: 'mb',
  help: { summary: 'Creates an S3 bucket.', usage: 'aws s3 mb <S3Uri>' },
  args: { positionals: [{ name: 'path' }] },
  async run(args, ctx) {
    const path = args.positionals.get('path')!;
    if (!path.startsWith('s3://')) throw generalError('<S3Uri>\nError: Invalid argument type', EXIT.usage);
    const { bucket } = splitBucketKey(path.slice(5));
    const fail = (message: string) => {
      ctx.out.stderr += `make_bucket failed: ${path} ${message}\n`;
      return 1;
    };
    const invalid = paramValidationMessage(bucket);
    if (invalid) return fail(invalid);
    const auth = await s3CallerOrMessage(ctx, 'CreateBucket');
    if ('message' in auth) return fail(auth.message);
    const region = auth.caller.region;
    const error = createBucket(auth.caller, bucket, region === 'us-east-1' ? undefined : region);
    if (error) return fail(error.message);
    ctx.out.stdout += `make_bucket: ${bucket}\n`;
    return 0;
  },
};
