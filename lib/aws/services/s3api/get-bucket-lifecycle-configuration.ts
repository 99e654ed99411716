// `aws s3api get-bucket-lifecycle-configuration` (S3 API reference: GetBucketLifecycleConfiguration).
import { S3Error } from '../s3/call';
import { bucketFor, s3apiCommand } from './define';

export const getBucketLifecycleConfiguration = s3apiCommand('get-bucket-lifecycle-configuration', {
  summary: 'Returns the lifecycle configuration of the bucket.',
  run(input, caller) {
    const bucket = bucketFor(
      input,
      caller,
      'GetBucketLifecycleConfiguration',
      's3:GetLifecycleConfiguration',
    );
    if (!bucket.lifecycle)
      throw new S3Error(
        'NoSuchLifecycleConfiguration',
        'GetBucketLifecycleConfiguration',
        'The lifecycle configuration does not exist',
      );
    return JSON.parse(bucket.lifecycle) as Record<string, unknown>;
  },
});
