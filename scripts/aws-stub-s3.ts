// The stub's S3 REST operations (path-style), stateful per scenario, answering with the XML of AWS's API reference.
// Reference pages (https://docs.aws.amazon.com/AmazonS3/latest/API/): API_ListBuckets, API_CreateBucket,
// API_DeleteBucket, API_HeadBucket, API_PutObject, API_CopyObject, API_GetObject, API_HeadObject,
// API_DeleteObject, API_DeleteObjects, API_ListObjectsV2, API_PutBucketPolicy, API_GetBucketPolicy,
// API_DeleteBucketPolicy, API_PutBucketVersioning, API_GetBucketVersioning,
// API_PutBucketLifecycleConfiguration, API_GetBucketLifecycleConfiguration, API_PutPublicAccessBlock, ErrorResponses.
import { createHash } from 'node:crypto';
import { defaultAccount } from '../lib/aws/default-account';
import type { SimulatedUser } from '../lib/aws/types';

const NS = 'http://s3.amazonaws.com/doc/2006-03-01/';
const XML = '<?xml version="1.0" encoding="UTF-8"?>\n';
const OWNER_ID = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';

/** What the S3 half of the stub sends back. */
export interface S3Reply {
  status: number;
  headers?: Record<string, string>;
  body: string | Buffer;
}

interface StubObject {
  body: Buffer;
  etag: string;
  lastModified: Date;
  contentType: string;
}

interface StubBucket {
  name: string;
  created: Date;
  region: string;
  owner: string | null;
  objects: Map<string, StubObject>;
  policy?: string;
  versioning?: string;
  lifecycle?: string;
  publicAccessBlock?: string;
}

/** Per-scenario state: the default account's buckets (with their legacy owners), and the stub's clock. */
class S3State {
  buckets = new Map<string, StubBucket>();
  /** `null`: stamp each write with the real time, rounded up to the second as the simulator does. */
  constructor(readonly fixedClock: Date | null) {
    for (const b of defaultAccount.buckets ?? []) {
      this.buckets.set(b.name, {
        name: b.name,
        created: new Date(b.creationDate),
        region: b.region ?? 'us-east-1',
        owner: b.owner ?? null,
        objects: new Map(),
      });
    }
  }
}

let state = new S3State(null);

/** The time a write is stamped with now. */
const writeTime = () => state.fixedClock ?? new Date(Math.ceil(Date.now() / 1000) * 1000);

/** Starts a scenario: fresh buckets, and the clock every write is stamped with (real time when absent). */
export function resetS3(clock?: string): void {
  state = new S3State(clock ? new Date(clock) : null);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const iso = (d: Date) => d.toISOString();

export function s3ErrorReply(status: number, code: string, message: string, extra = ''): S3Reply {
  const body =
    XML +
    `<Error><Code>${code}</Code><Message>${esc(message)}</Message>${extra}` +
    `<RequestId>4442587FB7D0A2F9</RequestId><HostId>stub-host-id</HostId></Error>`;
  return { status, body };
}

const noSuchBucket = (name: string) =>
  s3ErrorReply(
    404,
    'NoSuchBucket',
    'The specified bucket does not exist',
    `<BucketName>${esc(name)}</BucketName>`,
  );

function visible(user: SimulatedUser, bucket: StubBucket): boolean {
  // Buckets of the seeded (legacy) account stay visible to their owner only, as normalizeAccount keeps them.
  return bucket.owner === null || bucket.owner === user.userName;
}

function listBuckets(user: SimulatedUser): S3Reply {
  const rows = [...state.buckets.values()]
    .filter((b) => visible(user, b))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((b) => `<Bucket><Name>${b.name}</Name><CreationDate>${iso(b.created)}</CreationDate></Bucket>`)
    .join('');
  const body =
    XML +
    `<ListAllMyBucketsResult xmlns="${NS}"><Owner><ID>${OWNER_ID}</ID><DisplayName>${user.userName}</DisplayName></Owner>` +
    `<Buckets>${rows}</Buckets></ListAllMyBucketsResult>`;
  return { status: 200, body };
}

const tag = (xml: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];

function createBucket(name: string, region: string, body: string): S3Reply {
  // Bucket naming rules: https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(name) || name.includes('..'))
    return s3ErrorReply(
      400,
      'InvalidBucketName',
      'The specified bucket is not valid.',
      `<BucketName>${esc(name)}</BucketName>`,
    );
  const constraint = tag(body, 'LocationConstraint');
  if (constraint === 'us-east-1' || (constraint !== undefined && region === 'us-east-1' && constraint === ''))
    return s3ErrorReply(
      400,
      'InvalidLocationConstraint',
      'The specified location-constraint is not valid',
      `<LocationConstraint>${constraint}</LocationConstraint>`,
    );
  if (constraint === undefined && region !== 'us-east-1')
    return s3ErrorReply(
      400,
      'IllegalLocationConstraintException',
      'The unspecified location constraint is incompatible for the region specific endpoint this request was sent to.',
    );
  if (constraint !== undefined && constraint !== region)
    return s3ErrorReply(
      400,
      'IllegalLocationConstraintException',
      `The ${constraint} location constraint is incompatible for the region specific endpoint this request was sent to.`,
    );
  const existing = state.buckets.get(name);
  if (existing) {
    // us-east-1 keeps its legacy answer for a bucket you already own: 200 OK (API_CreateBucket, BucketAlreadyOwnedByYou).
    if (region === 'us-east-1' && existing.region === 'us-east-1')
      return { status: 200, headers: { location: `/${name}` }, body: '' };
    return s3ErrorReply(
      409,
      'BucketAlreadyOwnedByYou',
      'Your previous request to create the named bucket succeeded and you already own it.',
      `<BucketName>${esc(name)}</BucketName>`,
    );
  }
  state.buckets.set(name, {
    name,
    created: writeTime(),
    region: constraint ?? 'us-east-1',
    owner: null,
    objects: new Map(),
  });
  return { status: 200, headers: { location: `/${name}` }, body: '' };
}

function listObjectsV2(bucket: StubBucket, query: URLSearchParams): S3Reply {
  const prefix = query.get('prefix') ?? '';
  const delimiter = query.get('delimiter') ?? '';
  const maxKeys = Math.min(Number(query.get('max-keys') ?? 1000), 1000);
  const after = query.get('continuation-token') ?? query.get('start-after') ?? '';
  const url = query.get('encoding-type') === 'url';
  const enc = (s: string) => (url ? encodeURIComponent(s).replace(/%2F/g, '/') : esc(s));
  const keys = [...bucket.objects.keys()].filter((k) => k.startsWith(prefix) && k > after).sort();
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
      const o = bucket.objects.get(key)!;
      contents.push(
        `<Contents><Key>${enc(key)}</Key><LastModified>${iso(o.lastModified)}</LastModified><ETag>${esc(o.etag)}</ETag>` +
          `<Size>${o.body.length}</Size><StorageClass>STANDARD</StorageClass></Contents>`,
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
    (url ? '<EncodingType>url</EncodingType>' : '') +
    '</ListBucketResult>';
  return { status: 200, body };
}

const objectHeaders = (o: StubObject) => ({
  etag: o.etag,
  'last-modified': o.lastModified.toUTCString(),
  'content-type': o.contentType,
  'content-length': String(o.body.length),
  'accept-ranges': 'bytes',
});

function putObject(bucket: StubBucket, key: string, body: Buffer, headers: StubHeaders): S3Reply {
  const source = headers['x-amz-copy-source'];
  if (typeof source === 'string') {
    const decoded = decodeURIComponent(source).replace(/^\//, '');
    const at = decoded.indexOf('/');
    const from = state.buckets.get(decoded.slice(0, at));
    const original = from?.objects.get(decoded.slice(at + 1));
    if (!from) return noSuchBucket(decoded.slice(0, at));
    if (!original)
      return s3ErrorReply(
        404,
        'NoSuchKey',
        'The specified key does not exist.',
        `<Key>${esc(decoded.slice(at + 1))}</Key>`,
      );
    const copy = { ...original, lastModified: writeTime() };
    bucket.objects.set(key, copy);
    const xml = `${XML}<CopyObjectResult xmlns="${NS}"><LastModified>${iso(copy.lastModified)}</LastModified><ETag>${esc(copy.etag)}</ETag></CopyObjectResult>`;
    return { status: 200, body: xml };
  }
  const etag = `"${createHash('md5').update(body).digest('hex')}"`;
  const contentType = String(headers['content-type'] ?? 'binary/octet-stream');
  bucket.objects.set(key, { body, etag, lastModified: writeTime(), contentType });
  return { status: 200, headers: { etag }, body: '' };
}

function deleteObjects(bucket: StubBucket, body: string): S3Reply {
  const keys = [...body.matchAll(/<Key>([^<]*)<\/Key>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  for (const key of keys) bucket.objects.delete(key);
  const rows = keys.map((k) => `<Deleted><Key>${esc(k)}</Key></Deleted>`).join('');
  return { status: 200, body: `${XML}<DeleteResult xmlns="${NS}">${rows}</DeleteResult>` };
}

type StubHeaders = Record<string, string | string[] | undefined>;

function subresource(
  method: string,
  bucket: StubBucket,
  query: URLSearchParams,
  body: string,
): S3Reply | null {
  const ok = (xml = '', status = 200): S3Reply => ({ status, body: xml });
  if (query.has('policy')) {
    if (method === 'PUT') {
      try {
        JSON.parse(body);
      } catch {
        return s3ErrorReply(
          400,
          'MalformedPolicy',
          "Policies must be valid JSON and the first byte must be '{'",
        );
      }
      bucket.policy = body;
      return ok('', 204);
    }
    if (method === 'DELETE') {
      delete bucket.policy;
      return ok('', 204);
    }
    if (bucket.policy === undefined)
      return s3ErrorReply(
        404,
        'NoSuchBucketPolicy',
        'The bucket policy does not exist',
        `<BucketName>${bucket.name}</BucketName>`,
      );
    return { status: 200, headers: { 'content-type': 'application/json' }, body: bucket.policy };
  }
  if (query.has('versioning')) {
    if (method === 'PUT') {
      const status = tag(body, 'Status');
      if (status !== undefined && status !== 'Enabled' && status !== 'Suspended')
        return s3ErrorReply(
          400,
          'MalformedXML',
          'The XML you provided was not well-formed or did not validate against our published schema',
        );
      if (status) bucket.versioning = status;
      return ok();
    }
    const status = bucket.versioning ? `<Status>${bucket.versioning}</Status>` : '';
    return ok(`${XML}<VersioningConfiguration xmlns="${NS}">${status}</VersioningConfiguration>`);
  }
  if (query.has('lifecycle')) {
    if (method === 'PUT') {
      bucket.lifecycle = body.replace(/^<\?xml[^>]*>\s*/, '');
      return ok();
    }
    if (method === 'DELETE') {
      delete bucket.lifecycle;
      return ok('', 204);
    }
    if (!bucket.lifecycle)
      return s3ErrorReply(
        404,
        'NoSuchLifecycleConfiguration',
        'The lifecycle configuration does not exist',
        `<BucketName>${bucket.name}</BucketName>`,
      );
    return ok(XML + bucket.lifecycle);
  }
  if (query.has('publicAccessBlock')) {
    if (method === 'PUT') {
      bucket.publicAccessBlock = body;
      return ok();
    }
    return null;
  }
  if (query.has('delete') && method === 'POST') return deleteObjects(bucket, body);
  if (query.has('location'))
    return ok(
      `${XML}<LocationConstraint xmlns="${NS}">${bucket.region === 'us-east-1' ? '' : bucket.region}</LocationConstraint>`,
    );
  return null;
}

/** Answers an authenticated S3 request from `user` (path-style: `/bucket/key`). */
export function answerS3(
  req: { method?: string; url?: string; headers: StubHeaders },
  body: Buffer,
  user: SimulatedUser,
  region: string,
): S3Reply {
  const url = new URL(req.url ?? '/', 'http://stub');
  const method = req.method ?? 'GET';
  const [, rawBucket = '', ...rest] = url.pathname.split('/');
  const name = decodeURIComponent(rawBucket);
  const key = decodeURIComponent(rest.join('/'));
  if (!name) return listBuckets(user);
  const bucket = state.buckets.get(name);
  if (method === 'PUT' && !key && [...url.searchParams.keys()].length === 0)
    return createBucket(name, region, body.toString('utf8'));
  if (!bucket) return method === 'HEAD' ? { status: 404, body: '' } : noSuchBucket(name);
  if (!visible(user, bucket))
    return method === 'HEAD' ? { status: 403, body: '' } : s3ErrorReply(403, 'AccessDenied', 'Access Denied');
  if (!key) {
    const sub = subresource(method, bucket, url.searchParams, body.toString('utf8'));
    if (sub) return sub;
    if (method === 'HEAD')
      return { status: 200, headers: { 'x-amz-bucket-region': bucket.region }, body: '' };
    if (method === 'DELETE') {
      if (bucket.objects.size)
        return s3ErrorReply(
          409,
          'BucketNotEmpty',
          'The bucket you tried to delete is not empty',
          `<BucketName>${esc(name)}</BucketName>`,
        );
      state.buckets.delete(name);
      return { status: 204, body: '' };
    }
    if (method === 'GET') return listObjectsV2(bucket, url.searchParams);
    return s3ErrorReply(
      405,
      'MethodNotAllowed',
      'The specified method is not allowed against this resource.',
    );
  }
  if (method === 'PUT') return putObject(bucket, key, body, req.headers);
  if (method === 'DELETE') {
    bucket.objects.delete(key);
    return { status: 204, body: '' };
  }
  const object = bucket.objects.get(key);
  if (!object) {
    if (method === 'HEAD') return { status: 404, body: '' };
    return s3ErrorReply(404, 'NoSuchKey', 'The specified key does not exist.', `<Key>${esc(key)}</Key>`);
  }
  return { status: 200, headers: objectHeaders(object), body: method === 'HEAD' ? '' : object.body };
}
