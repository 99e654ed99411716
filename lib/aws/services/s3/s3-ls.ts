// `aws s3 ls`: the buckets, or the objects and prefixes under a prefix (s3 ls ignores --output and --query).
import type { AwsCommand } from '../../cli/command';
import { clientError } from '../../commands/service-call';
import { authorizeS3, bucketArn, requireBucket, S3Error, s3Caller } from './call';
import { humanSize, splitBucketKey } from './paths';
import { compareKeys, sortedKeys, visibleBuckets } from './store';

/** `2024-03-01T09:30:00+00:00` shown in the sandbox's time zone (UTC) as `2024-03-01 09:30:00`. */
export function bucketDate(iso: string): string {
  return new Date(iso).toISOString().slice(0, 19).replace('T', ' ');
}

export const s3LsCommand: AwsCommand = {
  name: 'ls',
  help: {
    summary: 'List S3 objects and common prefixes under a prefix or all S3 buckets.',
    usage: 'aws s3 ls [<S3Uri>]',
  },
  args: {
    positionals: [{ name: 'paths', optional: true }],
    options: [
      { flag: '--recursive', kind: 'flag' },
      { flag: '--human-readable', kind: 'flag' },
      { flag: '--summarize', kind: 'flag' },
      { flag: '--page-size', kind: 'value', int: true },
      { flag: '--request-payer', kind: 'value', choices: ['requester'] },
    ],
  },
  async run(args, ctx) {
    const { bucket: name, key } = splitBucketKey(
      (args.positionals.get('paths') ?? '').replace(/^s3:\/\//, ''),
    );
    const human = args.options.has('--human-readable');
    const operation = name ? 'ListObjectsV2' : 'ListBuckets';
    const caller = await s3Caller(ctx, operation);
    const out = (line: string) => (ctx.out.stdout += line);
    let count = 0;
    let total = 0;
    let empty = true;
    try {
      if (!name) {
        authorizeS3(caller, 's3:ListAllMyBuckets', '*', operation);
        const buckets = [...visibleBuckets(caller.account, caller.owner)];
        // ListBuckets answers in name order once the buckets are the account's (legacy lists keep their order).
        if (caller.account.buckets) buckets.sort((a, b) => compareKeys(a.name, b.name));
        for (const bucket of buckets) out(`${bucketDate(bucket.creationDate)} ${bucket.name}\n`);
      } else {
        const bucket = requireBucket(caller, name, operation);
        authorizeS3(caller, 's3:ListBucket', bucketArn(name), operation, bucket);
        const recursive = args.options.has('--recursive');
        const prefixes = new Set<string>();
        const files: string[] = [];
        for (const k of sortedKeys(bucket, key)) {
          const at = recursive ? -1 : k.indexOf('/', key.length);
          if (at >= 0) {
            const prefix = k.slice(0, at + 1);
            if (!prefixes.has(prefix)) prefixes.add(prefix);
          } else files.push(k);
        }
        empty = !prefixes.size && !files.length;
        for (const prefix of prefixes) out(`${'PRE'.padStart(30)} ${prefix.split('/').at(-2)}/\n`);
        for (const k of files) {
          const object = bucket.objects![k]!;
          count++;
          total += object.size;
          const size = (human ? humanSize(object.size) : String(object.size)).padStart(10);
          out(`${bucketDate(object.lastModified)} ${size} ${recursive ? k : k.split('/').at(-1)}\n`);
        }
      }
    } catch (error) {
      if (error instanceof S3Error) throw clientError(error.code, error.operation, error.detail);
      throw error;
    }
    if (args.options.has('--summarize')) {
      out(`\nTotal Objects: ${count}\n   Total Size: ${human ? humanSize(total) : total}\n`);
    }
    // A key prefix that matches nothing exits 1; a bucket or the bucket list exits 0.
    return key && empty ? 1 : 0;
  },
};
