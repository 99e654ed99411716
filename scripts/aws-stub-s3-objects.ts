// The stub's S3 object operations, as the API reference documents them
// (https://docs.aws.amazon.com/AmazonS3/latest/API/): API_PutObject and API_CopyObject (x-amz-version-id),
// API_GetObject / API_HeadObject (versionId, NoSuchKey, NoSuchVersion, 405 for a delete marker),
// API_DeleteObject / API_DeleteObjects (delete markers), API_ListObjectsV2, API_ListObjectVersions.
// Objects and versions are kept by the simulator's own store (lib/aws/services/s3/versions.ts), as the Query
// stub answers through the IAM handlers: the recordings prove the CLI side, the unit tests the semantics.
import { createHash } from 'node:crypto';
import { base64ToBytes, bytesToBase64 } from '../lib/aws/services/s3/store';
import {
  deleteCurrent,
  deleteVersion,
  findVersion,
  listVersions,
  idOf,
  storeVersion,
  versionsOf,
} from '../lib/aws/services/s3/versions';
import type { SimulatedBucket, SimulatedObject } from '../lib/aws/types';
import { esc, NS, OWNER_ID, s3ErrorReply, XML, type S3Reply } from './aws-stub-s3-xml';

const iso = (time: string) => new Date(time).toISOString();
const bytes = (o: SimulatedObject) => Buffer.from(base64ToBytes(o.body));
const versionHeader = (bucket: SimulatedBucket, o: SimulatedObject): Record<string, string> =>
  bucket.versioning ? { 'x-amz-version-id': idOf(o) } : {};

/** What a delete answers in its headers. */
function deleteHeaders(outcome: { deleteMarker?: true; versionId?: string }): Record<string, string> {
  return {
    ...(outcome.deleteMarker ? { 'x-amz-delete-marker': 'true' } : {}),
    ...(outcome.versionId === undefined ? {} : { 'x-amz-version-id': outcome.versionId }),
  };
}

/** PutObject, or CopyObject from `source` (already resolved). */
export function putObjectReply(
  bucket: SimulatedBucket,
  key: string,
  body: Buffer,
  contentType: string,
  time: Date,
  source?: SimulatedObject,
): S3Reply {
  const lastModified = time.toISOString();
  if (source) {
    const { versionId: _id, versions: _legacy, ...copy } = source;
    const stored = storeVersion(bucket, key, { ...copy, lastModified });
    const xml = `${XML}<CopyObjectResult xmlns="${NS}"><LastModified>${lastModified}</LastModified><ETag>${esc(stored.etag)}</ETag></CopyObjectResult>`;
    return { status: 200, headers: versionHeader(bucket, stored), body: xml };
  }
  const etag = `"${createHash('md5').update(body).digest('hex')}"`;
  const stored = storeVersion(bucket, key, {
    body: bytesToBase64(body),
    etag,
    size: body.length,
    lastModified,
    contentType,
  });
  return { status: 200, headers: { etag, ...versionHeader(bucket, stored) }, body: '' };
}

const objectHeaders = (bucket: SimulatedBucket, o: SimulatedObject): Record<string, string> => ({
  etag: o.etag,
  'last-modified': new Date(o.lastModified).toUTCString(),
  'content-type': o.contentType ?? 'binary/octet-stream',
  'content-length': String(o.size),
  'accept-ranges': 'bytes',
  ...versionHeader(bucket, o),
});

/** GetObject / HeadObject: the current object or ?versionId=. */
export function getObjectReply(
  head: boolean,
  bucket: SimulatedBucket,
  key: string,
  versionId: string | null,
): S3Reply {
  if (versionId !== null) {
    const found = findVersion(bucket, key, versionId);
    if (!found) {
      const extra = `<Key>${esc(key)}</Key><VersionId>${esc(versionId)}</VersionId>`;
      if (head) return { status: 404, body: '' };
      return s3ErrorReply(404, 'NoSuchVersion', 'The specified version does not exist.', extra);
    }
    if (found.deleteMarker) {
      const headers = { 'x-amz-delete-marker': 'true', 'x-amz-version-id': versionId, allow: 'DELETE' };
      if (head) return { status: 405, headers, body: '' };
      const message = 'The specified method is not allowed against this resource.';
      const extra = '<Method>GET</Method><ResourceType>DeleteMarker</ResourceType>';
      return s3ErrorReply(405, 'MethodNotAllowed', message, extra, headers);
    }
    return { status: 200, headers: objectHeaders(bucket, found), body: head ? '' : bytes(found) };
  }
  const object = bucket.objects?.[key];
  if (!object) {
    const newest = versionsOf(bucket, key)[0]?.entry;
    const headers: Record<string, string> = newest?.deleteMarker
      ? { 'x-amz-delete-marker': 'true', 'x-amz-version-id': newest.versionId }
      : {};
    if (head) return { status: 404, headers, body: '' };
    const extra = `<Key>${esc(key)}</Key>`;
    return s3ErrorReply(404, 'NoSuchKey', 'The specified key does not exist.', extra, headers);
  }
  return { status: 200, headers: objectHeaders(bucket, object), body: head ? '' : bytes(object) };
}

/** DeleteObject, simple or with ?versionId=. */
export function deleteObjectReply(
  bucket: SimulatedBucket,
  key: string,
  versionId: string | null,
  time: Date,
): S3Reply {
  const outcome =
    versionId === null
      ? deleteCurrent(bucket, key, time.toISOString())
      : deleteVersion(bucket, key, versionId);
  return { status: 204, headers: deleteHeaders(outcome), body: '' };
}

/** DeleteObjects (POST ?delete): a simple delete per key. */
export function deleteObjectsReply(bucket: SimulatedBucket, body: string, time: Date): S3Reply {
  const keys = [...body.matchAll(/<Key>([^<]*)<\/Key>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  const rows = keys.map((k) => {
    const marker = deleteCurrent(bucket, k, time.toISOString());
    const extra = marker.deleteMarker
      ? `<DeleteMarker>true</DeleteMarker><DeleteMarkerVersionId>${marker.versionId}</DeleteMarkerVersionId>`
      : '';
    return `<Deleted><Key>${esc(k)}</Key>${extra}</Deleted>`;
  });
  return { status: 200, body: `${XML}<DeleteResult xmlns="${NS}">${rows.join('')}</DeleteResult>` };
}

/** Keys URL-encoded when the request asks (the CLI always asks for list requests). */
const encoder = (query: URLSearchParams) =>
  query.get('encoding-type') === 'url' ? (s: string) => encodeURIComponent(s).replace(/%2F/g, '/') : esc;

/** ListObjectsV2's ListBucketResult. */
export function listObjectsV2Reply(bucket: SimulatedBucket, query: URLSearchParams): S3Reply {
  const prefix = query.get('prefix') ?? '';
  const delimiter = query.get('delimiter') ?? '';
  const maxKeys = Math.min(Number(query.get('max-keys') ?? 1000), 1000);
  const after = query.get('continuation-token') ?? query.get('start-after') ?? '';
  const enc = encoder(query);
  const objects = bucket.objects ?? {};
  const keys = Object.keys(objects)
    .filter((k) => k.startsWith(prefix) && k > after)
    .sort();
  const contents: string[] = [];
  const prefixes: string[] = [];
  let last = '';
  let truncated = false;
  for (const key of keys) {
    let entry = key;
    if (delimiter) {
      const at = key.indexOf(delimiter, prefix.length);
      if (at >= 0) entry = key.slice(0, at + delimiter.length);
    }
    if (entry !== key && prefixes.includes(entry)) continue;
    if (contents.length + prefixes.length >= maxKeys) {
      truncated = true;
      break;
    }
    last = entry !== key ? entry + '\uffff' : key;
    if (entry !== key) prefixes.push(entry);
    else {
      const o = objects[key]!;
      contents.push(
        `<Contents><Key>${enc(key)}</Key><LastModified>${iso(o.lastModified)}</LastModified><ETag>${esc(o.etag)}</ETag>` +
          `<Size>${o.size}</Size><StorageClass>STANDARD</StorageClass></Contents>`,
      );
    }
  }
  const token = query.get('continuation-token');
  const body =
    XML +
    `<ListBucketResult xmlns="${NS}"><Name>${bucket.name}</Name><Prefix>${enc(prefix)}</Prefix>` +
    (token ? `<ContinuationToken>${esc(token)}</ContinuationToken>` : '') +
    (truncated ? `<NextContinuationToken>${esc(last)}</NextContinuationToken>` : '') +
    `<KeyCount>${contents.length + prefixes.length}</KeyCount><MaxKeys>${maxKeys}</MaxKeys>` +
    (delimiter ? `<Delimiter>${enc(delimiter)}</Delimiter>` : '') +
    `<IsTruncated>${truncated}</IsTruncated>${contents.join('')}` +
    prefixes.map((p) => `<CommonPrefixes><Prefix>${enc(p)}</Prefix></CommonPrefixes>`).join('') +
    (query.get('encoding-type') === 'url' ? '<EncodingType>url</EncodingType>' : '') +
    '</ListBucketResult>';
  return { status: 200, body };
}

/** ListObjectVersions' ListVersionsResult. */
export function listVersionsReply(bucket: SimulatedBucket, query: URLSearchParams, owner: string): S3Reply {
  const listing = {
    prefix: query.get('prefix') ?? '',
    delimiter: query.get('delimiter') ?? '',
    maxKeys: Math.min(Number(query.get('max-keys') ?? 1000), 1000),
    keyMarker: query.get('key-marker') ?? '',
    versionIdMarker: query.get('version-id-marker') ?? '',
  };
  const enc = encoder(query);
  const page = listVersions(bucket, listing);
  const ownerXml = `<Owner><ID>${OWNER_ID}</ID><DisplayName>${esc(owner)}</DisplayName></Owner>`;
  const rows = page.rows.map(({ key, entry, isLatest }) => {
    const common = `<Key>${enc(key)}</Key><VersionId>${entry.versionId}</VersionId><IsLatest>${isLatest}</IsLatest><LastModified>${iso(entry.lastModified)}</LastModified>`;
    return entry.deleteMarker
      ? `<DeleteMarker>${common}${ownerXml}</DeleteMarker>`
      : `<Version>${common}<ETag>${esc(entry.etag)}</ETag><Size>${entry.size}</Size><StorageClass>STANDARD</StorageClass>${ownerXml}</Version>`;
  });
  const { next } = page;
  const body =
    XML +
    `<ListVersionsResult xmlns="${NS}"><Name>${esc(bucket.name)}</Name><Prefix>${enc(listing.prefix)}</Prefix>` +
    `<KeyMarker>${enc(listing.keyMarker)}</KeyMarker><VersionIdMarker>${esc(listing.versionIdMarker)}</VersionIdMarker>` +
    (next ? `<NextKeyMarker>${enc(next.key)}</NextKeyMarker>` : '') +
    (next?.versionId ? `<NextVersionIdMarker>${next.versionId}</NextVersionIdMarker>` : '') +
    `<MaxKeys>${listing.maxKeys}</MaxKeys>` +
    (listing.delimiter ? `<Delimiter>${enc(listing.delimiter)}</Delimiter>` : '') +
    `<IsTruncated>${next !== null}</IsTruncated>${rows.join('')}` +
    page.prefixes.map((p) => `<CommonPrefixes><Prefix>${enc(p)}</Prefix></CommonPrefixes>`).join('') +
    (query.get('encoding-type') === 'url' ? '<EncodingType>url</EncodingType>' : '') +
    '</ListVersionsResult>';
  return { status: 200, body };
}
