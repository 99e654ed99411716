// What get-object and head-object share: finding the object or the version asked for (HEAD answers carry no
// error body, so botocore reports the status and its reason) and the response headers.
import { authorizeS3, objectArn, requireBucket, S3Error, type S3Caller } from '../s3/call';
import { isoSeconds, lookupBucket } from '../s3/store';
import { findVersion, idOf } from '../s3/versions';
import type { SimulatedBucket, SimulatedObject } from '../../types';
import { str } from './define';

/** The bucket of a HEAD request: 403 / 404 without a message body. */
export function headBucket(caller: S3Caller, name: string, operation: string): SimulatedBucket {
  const found = lookupBucket(caller.account, caller.owner, name);
  if (found.kind === 'forbidden') throw new S3Error('403', operation, 'Forbidden');
  if (found.kind === 'missing') throw new S3Error('404', operation, 'Not Found');
  return found.bucket;
}

/**
 * The object a GetObject or HeadObject request names (API_GetObject): the current version, or with
 * --version-id that version (s3:GetObjectVersion); a delete marker is 404 as current, 405 by its ID.
 */
export function objectHead(
  input: Record<string, unknown>,
  caller: S3Caller,
  operation: 'GetObject' | 'HeadObject',
): { bucket: SimulatedBucket; object: SimulatedObject } {
  const key = str(input.Key);
  const versionId = typeof input.VersionId === 'string' ? input.VersionId : undefined;
  const head = operation === 'HeadObject';
  const fail = (status: string, reason: string, code: string, message: string) =>
    head ? new S3Error(status, operation, reason) : new S3Error(code, operation, message);
  const bucket = head
    ? headBucket(caller, str(input.Bucket), operation)
    : requireBucket(caller, str(input.Bucket), operation);
  const action = versionId === undefined ? 's3:GetObject' : 's3:GetObjectVersion';
  authorizeS3(caller, action, objectArn(bucket.name, key), operation, bucket);
  if (versionId === undefined) {
    const object = bucket.objects?.[key];
    if (!object) throw fail('404', 'Not Found', 'NoSuchKey', 'The specified key does not exist.');
    return { bucket, object };
  }
  const version = findVersion(bucket, key, versionId);
  if (!version) throw fail('404', 'Not Found', 'NoSuchVersion', 'The specified version does not exist.');
  if (version.deleteMarker) {
    throw fail(
      '405',
      'Method Not Allowed',
      'MethodNotAllowed',
      'The specified method is not allowed against this resource.',
    );
  }
  return { bucket, object: version };
}

/** The headers GetObject and HeadObject answer with (API_HeadObject); VersionId once versioning was set. */
export const headFields = ({ bucket, object }: { bucket: SimulatedBucket; object: SimulatedObject }) => ({
  AcceptRanges: 'bytes',
  LastModified: isoSeconds(new Date(object.lastModified)),
  ContentLength: object.size,
  ETag: object.etag,
  ...(bucket.versioning ? { VersionId: idOf(object) } : {}),
  ContentType: object.contentType ?? 'binary/octet-stream',
  Metadata: {},
});
