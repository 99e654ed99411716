// `aws s3api head-bucket` (S3 API reference: HeadBucket): 200, or 403 / 404 without a body.
import { authorizeS3, bucketArn } from '../s3/call';
import { s3apiCommand, str } from './define';
import { headBucket as findBucket } from './object-head';

export const headBucket = s3apiCommand('head-bucket', {
  summary: 'Determines whether a bucket exists and you have permission to access it.',
  run(input, caller) {
    const bucket = findBucket(caller, str(input.Bucket), 'HeadBucket');
    authorizeS3(caller, 's3:ListBucket', bucketArn(bucket.name), 'HeadBucket', bucket);
    return {};
  },
});
