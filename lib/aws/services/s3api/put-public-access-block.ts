// `aws s3api put-public-access-block` (S3 API reference: PutPublicAccessBlock): unset settings are false.
import { bucketFor, s3apiCommand } from './define';

export const putPublicAccessBlock = s3apiCommand('put-public-access-block', {
  summary: 'Creates or modifies the PublicAccessBlock configuration of a bucket.',
  run(input, caller) {
    const bucket = bucketFor(input, caller, 'PutPublicAccessBlock', 's3:PutBucketPublicAccessBlock');
    const config = input.PublicAccessBlockConfiguration as Record<string, boolean | undefined>;
    bucket.publicAccessBlock = {
      BlockPublicAcls: config.BlockPublicAcls ?? false,
      IgnorePublicAcls: config.IgnorePublicAcls ?? false,
      BlockPublicPolicy: config.BlockPublicPolicy ?? false,
      RestrictPublicBuckets: config.RestrictPublicBuckets ?? false,
    };
    return {};
  },
});
