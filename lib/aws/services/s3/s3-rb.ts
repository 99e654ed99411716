// `aws s3 rb`: DeleteBucket; `--force` first runs `rm --recursive` on the bucket.
import type { AwsCommand } from '../../cli/command';
import { EXIT, generalError } from '../../cli/errors';
import { parseArgs } from '../../cli/arg-parser';
import { s3CallerOrMessage } from './call';
import { deleteBucket, paramValidationMessage } from './bucket-ops';
import { splitBucketKey } from './paths';
import { runTransfer } from './transfer';
import { RM_OPTIONS } from './transfer-options';

export const s3RbCommand: AwsCommand = {
  name: 'rb',
  help: { summary: 'Deletes an empty S3 bucket.', usage: 'aws s3 rb <S3Uri>' },
  args: { positionals: [{ name: 'path' }], options: [{ flag: '--force', kind: 'flag' }] },
  async run(args, ctx) {
    const path = args.positionals.get('path')!;
    if (!path.startsWith('s3://')) throw generalError('<S3Uri>\nError: Invalid argument type', EXIT.usage);
    const { bucket, key } = splitBucketKey(path.slice(5));
    if (key) throw generalError(`Please specify a valid bucket name only. E.g. s3://${bucket}`, EXIT.usage);
    if (args.options.has('--force')) {
      const rc = await runTransfer('rm', [path], parseArgs(['--recursive'], { options: RM_OPTIONS }), ctx);
      if (rc !== 0)
        throw generalError(
          'remove_bucket failed: Unable to delete all objects in the bucket, bucket will not be deleted.',
        );
    }
    const fail = (message: string) => {
      ctx.out.stderr += `remove_bucket failed: ${path} ${message}\n`;
      return 1;
    };
    const invalid = paramValidationMessage(bucket);
    if (invalid) return fail(invalid);
    const auth = await s3CallerOrMessage(ctx, 'DeleteBucket');
    if ('message' in auth) return fail(auth.message);
    const error = deleteBucket(auth.caller, bucket);
    if (error) return fail(error.message);
    ctx.out.stdout += `remove_bucket: ${bucket}\n`;
    return 0;
  },
};
