// `aws s3api delete-object` (S3 API reference: DeleteObject): a simple delete removes the object or, in a
// versioned bucket, adds a delete marker; --version-id deletes that version for good (s3:DeleteObjectVersion).
import { authorizeS3, objectArn, requireBucket } from '../s3/call';
import { isoSeconds, now } from '../s3/store';
import { deleteCurrent, deleteVersion } from '../s3/versions';
import { s3apiCommand, str } from './define';

export const deleteObject = s3apiCommand('delete-object', {
  summary: 'Removes an object (in a versioned bucket: adds a delete marker, or deletes the given version).',
  run(input, caller) {
    const bucket = requireBucket(caller, str(input.Bucket), 'DeleteObject');
    const key = str(input.Key);
    const versionId = typeof input.VersionId === 'string' ? input.VersionId : undefined;
    const action = versionId === undefined ? 's3:DeleteObject' : 's3:DeleteObjectVersion';
    authorizeS3(caller, action, objectArn(bucket.name, key), 'DeleteObject', bucket);
    const outcome =
      versionId === undefined
        ? deleteCurrent(bucket, key, isoSeconds(now(caller.account)))
        : deleteVersion(bucket, key, versionId);
    return {
      ...(outcome.deleteMarker ? { DeleteMarker: true } : {}),
      ...(outcome.versionId === undefined ? {} : { VersionId: outcome.versionId }),
    };
  },
});
