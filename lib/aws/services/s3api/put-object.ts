// `aws s3api put-object` (S3 API reference: PutObject): --body names a file; versioned buckets keep versions.
import { authorizeS3, objectArn, requireBucket } from '../s3/call';
import { putObject as storeObject } from '../s3/store';
import { idOf } from '../s3/versions';
import { s3apiCommand, str } from './define';

export const putObject = s3apiCommand('put-object', {
  summary: 'Adds an object to a bucket.',
  run(input, caller) {
    const bucket = requireBucket(caller, str(input.Bucket), 'PutObject');
    const key = str(input.Key);
    authorizeS3(caller, 's3:PutObject', objectArn(bucket.name, key), 'PutObject', bucket);
    const body = input.Body instanceof Uint8Array ? input.Body : new Uint8Array();
    const object = storeObject(caller.account, bucket, key, body, str(input.ContentType) || undefined);
    // A versioned bucket names the version written (`null` while Suspended).
    return { ETag: object.etag, ...(bucket.versioning ? { VersionId: idOf(object) } : {}) };
  },
});
