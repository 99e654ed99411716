// `aws s3api get-bucket-versioning` (S3 API reference: GetBucketVersioning): no Status until it was set.
import { bucketFor, s3apiCommand } from './define';

export const getBucketVersioning = s3apiCommand('get-bucket-versioning', {
  summary: 'Returns the versioning state of a bucket.',
  run(input, caller) {
    const bucket = bucketFor(input, caller, 'GetBucketVersioning', 's3:GetBucketVersioning');
    return bucket.versioning ? { Status: bucket.versioning } : {};
  },
});
