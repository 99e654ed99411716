// `aws s3api create-bucket` (S3 API reference: CreateBucket).
import { createBucket } from '../s3/bucket-ops';
import { s3apiCommand, str } from './define';

export const createBucketCommand = s3apiCommand('create-bucket', {
  summary: 'Creates a new S3 bucket.',
  run(input, caller) {
    const name = str(input.Bucket);
    const config = input.CreateBucketConfiguration as { LocationConstraint?: string } | undefined;
    const error = createBucket(caller, name, config?.LocationConstraint);
    if (error) throw error;
    return { Location: `/${name}` };
  },
});
