// `aws s3api delete-object` (S3 API reference: DeleteObject).
import { authorizeS3, objectArn, requireBucket } from '../s3/call';
import { s3apiCommand, str } from './define';

export const deleteObject = s3apiCommand('delete-object', {
  summary: 'Removes an object (in a versioned bucket: adds a delete marker, or deletes the given version).',
  run(input, caller) {
    const bucket = requireBucket(caller, str(input.Bucket), 'DeleteObject');
    const key = str(input.Key);
    authorizeS3(caller, 's3:DeleteObject', objectArn(bucket.name, key), 'DeleteObject', bucket);
    if (bucket.objects) delete bucket.objects[key];
    return {};
  },
});
