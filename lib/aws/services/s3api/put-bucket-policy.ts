// `aws s3api put-bucket-policy` (S3 API reference: PutBucketPolicy): the document must be JSON.
import { S3Error } from '../s3/call';
import { bucketFor, s3apiCommand, str } from './define';

export const putBucketPolicy = s3apiCommand('put-bucket-policy', {
  summary: 'Applies an Amazon S3 bucket policy to a bucket.',
  run(input, caller) {
    const bucket = bucketFor(input, caller, 'PutBucketPolicy', 's3:PutBucketPolicy');
    const policy = str(input.Policy);
    let valid = policy.trimStart().startsWith('{');
    try {
      JSON.parse(policy);
    } catch {
      valid = false;
    }
    if (!valid)
      throw new S3Error(
        'MalformedPolicy',
        'PutBucketPolicy',
        "Policies must be valid JSON and the first byte must be '{'",
      );
    bucket.policy = policy;
    return {};
  },
});
