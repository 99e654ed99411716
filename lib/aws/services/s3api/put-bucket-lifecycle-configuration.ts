// `aws s3api put-bucket-lifecycle-configuration` (S3 API reference: PutBucketLifecycleConfiguration).
import { bucketFor, s3apiCommand } from './define';

export const putBucketLifecycleConfiguration = s3apiCommand('put-bucket-lifecycle-configuration', {
  summary: 'Creates a new lifecycle configuration for the bucket or replaces an existing one.',
  run(input, caller) {
    const bucket = bucketFor(
      input,
      caller,
      'PutBucketLifecycleConfiguration',
      's3:PutLifecycleConfiguration',
    );
    bucket.lifecycle = JSON.stringify(input.LifecycleConfiguration ?? { Rules: [] });
    return {};
  },
});
