// What get-object and head-object share: finding the object (HEAD answers carry no error body, so botocore
// reports the status and its reason) and the response headers.
import { authorizeS3, objectArn, requireBucket, S3Error, type S3Caller } from '../s3/call';
import { isoSeconds, lookupBucket } from '../s3/store';
import type { SimulatedBucket, SimulatedObject } from '../../types';
import { str } from './define';

/** The bucket of a HEAD request: 403 / 404 without a message body. */
export function headBucket(caller: S3Caller, name: string, operation: string): SimulatedBucket {
  const found = lookupBucket(caller.account, caller.owner, name);
  if (found.kind === 'forbidden') throw new S3Error('403', operation, 'Forbidden');
  if (found.kind === 'missing') throw new S3Error('404', operation, 'Not Found');
  return found.bucket;
}

/** The object a GetObject or HeadObject request names, once s3:GetObject is allowed on it. */
export function objectHead(
  input: Record<string, unknown>,
  caller: S3Caller,
  operation: 'GetObject' | 'HeadObject',
): SimulatedObject {
  const key = str(input.Key);
  const head = operation === 'HeadObject';
  const bucket = head
    ? headBucket(caller, str(input.Bucket), operation)
    : requireBucket(caller, str(input.Bucket), operation);
  authorizeS3(caller, 's3:GetObject', objectArn(bucket.name, key), operation, bucket);
  const object = bucket.objects?.[key];
  if (!object) {
    throw head
      ? new S3Error('404', operation, 'Not Found')
      : new S3Error('NoSuchKey', operation, 'The specified key does not exist.');
  }
  return object;
}

/** The headers GetObject and HeadObject answer with (API_HeadObject). */
export const headFields = (object: SimulatedObject) => ({
  AcceptRanges: 'bytes',
  LastModified: isoSeconds(new Date(object.lastModified)),
  ContentLength: object.size,
  ETag: object.etag,
  ContentType: object.contentType ?? 'binary/octet-stream',
  Metadata: {},
});
