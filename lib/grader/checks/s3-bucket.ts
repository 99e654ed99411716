// Check: a bucket's settings: it exists (in a region) or is gone, its versioning, its public access block.
import { bucketRegion } from '../../aws/services/s3/store';
import type { SimulatedBucket } from '../../aws/types';
import type { Check, CheckOutcome } from '../types';

type BlockSetting = keyof NonNullable<SimulatedBucket['publicAccessBlock']>;
const BLOCK_SETTINGS: BlockSetting[] = [
  'BlockPublicAcls',
  'IgnorePublicAcls',
  'BlockPublicPolicy',
  'RestrictPublicBuckets',
];

export interface S3BucketOptions {
  id: string;
  label: string;
  bucket: string;
  /** `false`: the bucket must no longer exist (every other option is then ignored). Default true. */
  exists?: boolean;
  /** The region it must be in. */
  region?: string;
  /** The versioning status it must have. */
  versioning?: 'Enabled' | 'Suspended';
  /** Every one of the four public access block settings must be true. */
  blocksPublicAccess?: boolean;
}

function settings(bucket: SimulatedBucket, options: S3BucketOptions): CheckOutcome {
  const name = bucket.name;
  if (options.region !== undefined && bucketRegion(bucket) !== options.region)
    return {
      pass: false,
      message: `Bucket \`${name}\` is in ${bucketRegion(bucket)}, not ${options.region}: a bucket cannot move, so remove it (\`aws s3 rb s3://${name} --force\`) and make it again with \`--region ${options.region}\`.`,
    };
  if (options.versioning !== undefined && bucket.versioning !== options.versioning) {
    const now = bucket.versioning ?? 'never enabled';
    return {
      pass: false,
      message: `Versioning of \`${name}\` is ${now}; expected ${options.versioning}: \`aws s3api put-bucket-versioning --bucket ${name} --versioning-configuration Status=${options.versioning}\`.`,
    };
  }
  if (options.blocksPublicAccess) {
    const block = bucket.publicAccessBlock;
    if (!block)
      return {
        pass: false,
        message: `\`${name}\` has no public access block yet: \`aws s3api put-public-access-block\`.`,
      };
    const off = BLOCK_SETTINGS.filter((s) => block[s] !== true);
    if (off.length)
      return {
        pass: false,
        message: `The public access block of \`${name}\` leaves ${off.map((s) => `\`${s}\``).join(', ')} false: set all four to true in one call (each call replaces the whole block).`,
      };
  }
  return { pass: true };
}

export function s3Bucket(options: S3BucketOptions): Check {
  const { id, label, bucket, exists = true } = options;
  return {
    id,
    label,
    run(state) {
      const found = (state.account.buckets ?? []).find((b) => b.name === bucket);
      if (!exists) {
        if (!found) return { pass: true };
        const count = Object.keys(found.objects ?? {}).length;
        const objects = count ? ` and still holds ${count} object${count === 1 ? '' : 's'}` : '';
        return {
          pass: false,
          message: `Bucket \`${bucket}\` still exists${objects}: \`aws s3 rb s3://${bucket} --force\` empties and removes it.`,
        };
      }
      if (!found) {
        const flag = options.region && options.region !== 'us-east-1' ? ` --region ${options.region}` : '';
        return {
          pass: false,
          message: `There is no bucket \`${bucket}\` yet: \`aws s3 mb s3://${bucket}${flag}\`.`,
        };
      }
      return settings(found, options);
    },
  };
}
