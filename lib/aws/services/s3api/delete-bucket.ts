// `aws s3api delete-bucket` (S3 API reference: DeleteBucket).
import { deleteBucket as removeBucket } from '../s3/bucket-ops';
import { s3apiCommand, str } from './define';

export const deleteBucket = s3apiCommand('delete-bucket', {
  summary:
    'Deletes the S3 bucket; all objects (including versions and delete markers) must be deleted first.',
  run(input, caller) {
    const error = removeBucket(caller, str(input.Bucket));
    if (error) throw error;
    return {};
  },
});
