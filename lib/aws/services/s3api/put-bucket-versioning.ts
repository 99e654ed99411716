// `aws s3api put-bucket-versioning` (S3 API reference: PutBucketVersioning): Enabled or Suspended.
import { S3Error } from '../s3/call';
import { bucketFor, s3apiCommand } from './define';

export const putBucketVersioning = s3apiCommand('put-bucket-versioning', {
  summary: 'Sets the versioning state of an existing bucket.',
  run(input, caller) {
    const bucket = bucketFor(input, caller, 'PutBucketVersioning', 's3:PutBucketVersioning');
    const status = (input.VersioningConfiguration as { Status?: string }).Status;
    if (status !== undefined && status !== 'Enabled' && status !== 'Suspended')
      throw new S3Error(
        'MalformedXML',
        'PutBucketVersioning',
        'The XML you provided was not well-formed or did not validate against our published schema',
      );
    if (status) bucket.versioning = status;
    return {};
  },
});
