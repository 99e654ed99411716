// `aws s3api delete-bucket-policy` (S3 API reference: DeleteBucketPolicy).
import { bucketFor, s3apiCommand } from './define';

export const deleteBucketPolicy = s3apiCommand('delete-bucket-policy', {
  summary: 'Deletes the policy of a specified bucket.',
  run(input, caller) {
    delete bucketFor(input, caller, 'DeleteBucketPolicy', 's3:DeleteBucketPolicy').policy;
    return {};
  },
});
