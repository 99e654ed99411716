// `aws s3api get-bucket-policy` (S3 API reference: GetBucketPolicy).
import { S3Error } from '../s3/call';
import { bucketFor, s3apiCommand } from './define';

export const getBucketPolicy = s3apiCommand('get-bucket-policy', {
  summary: 'Returns the policy of a specified bucket.',
  run(input, caller) {
    const bucket = bucketFor(input, caller, 'GetBucketPolicy', 's3:GetBucketPolicy');
    if (bucket.policy === undefined)
      throw new S3Error('NoSuchBucketPolicy', 'GetBucketPolicy', 'The bucket policy does not exist');
    return { Policy: bucket.policy };
  },
});
