// `aws s3 ls`: the buckets of the user the keys belong to (s3 ls ignores --output and --query).
import type { AwsCommand } from '../cli/command';
import { authorize, clientError, type ServiceCall } from './service-call';

const LIST_BUCKETS: ServiceCall = {
  service: 's3',
  operation: 'ListBuckets',
  regionRequired: false,
  unknownKey: ['InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.'],
  invalidToken: ['InvalidToken', 'The provided token is malformed or otherwise invalid.'],
  wrongSecret: [
    'SignatureDoesNotMatch',
    'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
  ],
  expiredToken: ['ExpiredToken', 'The provided token has expired.'],
  accessDenied: () => ['AccessDenied', 'Access Denied'],
};

/** `2024-03-01T09:30:00+00:00` shown in the sandbox's time zone (UTC) as `2024-03-01 09:30:00`. */
export function bucketDate(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
  );
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
    const path = (args.positionals.get('paths') ?? '').replace(/^s3:\/\//, '');
    const [bucket = '', key = ''] = path.split(/\/(.*)/s);
    const call = bucket ? { ...LIST_BUCKETS, operation: 'ListObjectsV2' } : LIST_BUCKETS;
    const principal = await authorize(
      ctx,
      call,
      bucket
        ? { action: 's3:ListBucket', resource: `arn:aws:s3:::${bucket}` }
        : { action: 's3:ListAllMyBuckets', resource: '*' },
    );
    // Buckets that moved from an old saved state keep their owner: other users do not see them.
    const all = ctx.invocation.account.buckets ?? [];
    const me = principal.kind === 'user' ? principal.user.userName : undefined;
    const visible = all.filter((b) => b.owner === undefined || b.owner === me);
    if (!bucket) {
      for (const owned of visible) ctx.out.stdout += `${bucketDate(owned.creationDate)} ${owned.name}\n`;
    } else if (!visible.some((b) => b.name === bucket)) {
      if (all.some((b) => b.name === bucket))
        throw clientError('AccessDenied', 'ListObjectsV2', 'Access Denied');
      throw clientError('NoSuchBucket', 'ListObjectsV2', 'The specified bucket does not exist');
    }
    // The simulated buckets hold no objects.
    if (args.options.has('--summarize')) {
      const size = args.options.has('--human-readable') ? '0 Bytes' : '0';
      ctx.out.stdout += `\nTotal Objects: 0\n   Total Size: ${size}\n`;
    }
    // A key prefix that matches nothing exits 1; a bucket or the bucket list exits 0.
    return key ? 1 : 0;
  },
};
