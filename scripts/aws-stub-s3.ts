// The stub's S3 REST operations (path-style), stateful per scenario, answering with the XML of AWS's API reference.
// Reference pages (https://docs.aws.amazon.com/AmazonS3/latest/API/): API_ListBuckets, API_CreateBucket,
// API_DeleteBucket, API_HeadBucket, API_PutObject, API_CopyObject, API_GetObject, API_HeadObject,
// API_DeleteObject, API_DeleteObjects, API_ListObjectsV2, API_PutBucketPolicy, API_GetBucketPolicy,
// API_DeleteBucketPolicy, API_PutBucketVersioning, API_GetBucketVersioning, API_ListObjectVersions,
// API_PutBucketLifecycleConfiguration, API_GetBucketLifecycleConfiguration, API_PutPublicAccessBlock, ErrorResponses.
import { defaultAccount } from '../lib/aws/default-account';
import { hasAnyVersion } from '../lib/aws/services/s3/versions';
import type { SimulatedBucket } from '../lib/aws/types';
import {
  deleteObjectReply,
  deleteObjectsReply,
  getObjectReply,
  listObjectsV2Reply,
  listVersionsReply,
  putObjectReply,
} from './aws-stub-s3-objects';
import { esc, iso, NS, OWNER_ID, s3ErrorReply, XML, type S3Reply } from './aws-stub-s3-xml';

export type { S3Reply } from './aws-stub-s3-xml';
export { s3ErrorReply } from './aws-stub-s3-xml';

interface StubBucket {
  name: string;
  /** Objects, versions and the versioning state, kept by the simulator's store. */
  store: SimulatedBucket;
  created: Date;
  region: string;
  owner: string | null;
  policy?: string;
  lifecycle?: string;
  publicAccessBlock?: string;
}

/** Per-scenario state: the default account's buckets (with their legacy owners), and the stub's clock. */
class S3State {
  /** The time a write is stamped with now. */
  get clock(): Date {
    return this.fixedClock ?? new Date(Math.ceil(Date.now() / 1000) * 1000);
  }
  buckets = new Map<string, StubBucket>();
  /** `fixedClock` null: stamp each write with the real time, rounded up to the second as the simulator does. */
  constructor(readonly fixedClock: Date | null) {
    for (const b of defaultAccount.buckets ?? []) {
      this.buckets.set(b.name, {
        name: b.name,
        created: new Date(b.creationDate),
        region: b.region ?? 'us-east-1',
        owner: b.owner ?? null,
        store: { name: b.name, creationDate: b.creationDate, objects: {} },
      });
    }
  }
}

let state = new S3State(null);

/** Starts a scenario: fresh buckets, and the clock every write is stamped with (real time when absent). */
export function resetS3(clock?: string): void {
  state = new S3State(clock ? new Date(clock) : null);
}

const noSuchBucket = (name: string) =>
  s3ErrorReply(
    404,
    'NoSuchBucket',
    'The specified bucket does not exist',
    `<BucketName>${esc(name)}</BucketName>`,
  );

/** Who sent an authenticated request, and the account's policy check for it (scripts/aws-stub-s3-auth.ts). */
export interface StubS3Caller {
  /** The user name legacy buckets stay visible to; null for a role session. */
  owner: string | null;
  /** ListBuckets' Owner DisplayName: the user's name, a role session's role name. */
  displayName: string;
  /** The refusal S3 sends when the policies deny `action` on `resource` (with the bucket policy), else null. */
  authorize(action: string, resource: string, bucketPolicy?: string): S3Reply | null;
}

function visible(caller: StubS3Caller, bucket: StubBucket): boolean {
  // Buckets of the seeded (legacy) account stay visible to their owner only, as normalizeAccount keeps them.
  return bucket.owner === null || bucket.owner === caller.owner;
}

function listBuckets(caller: StubS3Caller): S3Reply {
  const rows = [...state.buckets.values()]
    .filter((b) => visible(caller, b))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((b) => `<Bucket><Name>${b.name}</Name><CreationDate>${iso(b.created)}</CreationDate></Bucket>`)
    .join('');
  const body =
    XML +
    `<ListAllMyBucketsResult xmlns="${NS}"><Owner><ID>${OWNER_ID}</ID><DisplayName>${caller.displayName}</DisplayName></Owner>` +
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
  // Names other accounts own (the simulated account's globalBucketNames): 409 BucketAlreadyExists.
  if (!existing && defaultAccount.globalBucketNames?.includes(name))
    return s3ErrorReply(
      409,
      'BucketAlreadyExists',
      'The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.',
      `<BucketName>${esc(name)}</BucketName>`,
    );
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
    created: state.clock,
    region: constraint ?? 'us-east-1',
    owner: null,
    store: { name, creationDate: iso(state.clock), objects: {} },
  });
  return { status: 200, headers: { location: `/${name}` }, body: '' };
}

/** A refused HEAD request: S3 sends no body, so there is nothing to explain. */
const FORBIDDEN_HEAD: S3Reply = { status: 403, body: '' };
const bucketArn = (name: string) => `arn:aws:s3:::${name}`;
const objectArn = (name: string, key: string) => `arn:aws:s3:::${name}/${key}`;

function putObject(
  bucket: StubBucket,
  key: string,
  body: Buffer,
  headers: StubHeaders,
  caller: StubS3Caller,
): S3Reply {
  const source = headers['x-amz-copy-source'];
  const contentType = String(headers['content-type'] ?? 'binary/octet-stream');
  const denied = () => writeRefusal(bucket, key, caller);
  if (typeof source !== 'string')
    return denied() ?? putObjectReply(bucket.store, key, body, contentType, state.clock);
  // CopyObject reads the source (s3:GetObject), then writes the destination (s3:PutObject).
  const decoded = decodeURIComponent(source).replace(/^\//, '');
  const at = decoded.indexOf('/');
  const [fromName, fromKey] = [decoded.slice(0, at), decoded.slice(at + 1)];
  const from = state.buckets.get(fromName);
  if (!from) return noSuchBucket(fromName);
  const readDenied = caller.authorize('s3:GetObject', objectArn(fromName, fromKey), from.policy);
  if (readDenied) return readDenied;
  const original = from.store.objects?.[fromKey];
  if (!original)
    return s3ErrorReply(404, 'NoSuchKey', 'The specified key does not exist.', `<Key>${esc(fromKey)}</Key>`);
  return denied() ?? putObjectReply(bucket.store, key, body, contentType, state.clock, original);
}

type StubHeaders = Record<string, string | string[] | undefined>;

/**
 * The action a bucket sub-resource request needs ("Required permissions for Amazon S3 API operations",
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html), as the simulator's
 * s3api operations authorize them. DeleteObjects (POST ?delete) is authorized per key by S3 and is not used by
 * any scenario: it is left out.
 */
function subresourceAction(method: string, query: URLSearchParams): string | null {
  const put = method === 'PUT';
  if (query.has('policy'))
    return put ? 's3:PutBucketPolicy' : method === 'DELETE' ? 's3:DeleteBucketPolicy' : 's3:GetBucketPolicy';
  if (query.has('versioning')) return put ? 's3:PutBucketVersioning' : 's3:GetBucketVersioning';
  if (query.has('lifecycle'))
    return put || method === 'DELETE' ? 's3:PutLifecycleConfiguration' : 's3:GetLifecycleConfiguration';
  if (query.has('publicAccessBlock'))
    return put ? 's3:PutBucketPublicAccessBlock' : 's3:GetBucketPublicAccessBlock';
  if (query.has('versions')) return 's3:ListBucketVersions';
  if (query.has('location')) return 's3:GetBucketLocation';
  return null;
}

function subresource(
  method: string,
  bucket: StubBucket,
  query: URLSearchParams,
  body: string,
  caller: StubS3Caller,
): S3Reply | null {
  const ok = (xml = '', status = 200): S3Reply => ({ status, body: xml });
  const action = subresourceAction(method, query);
  const denied = action && caller.authorize(action, bucketArn(bucket.name), bucket.policy);
  if (denied) return denied;
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
      if (status) bucket.store.versioning = status as 'Enabled' | 'Suspended';
      return ok();
    }
    const status = bucket.store.versioning ? `<Status>${bucket.store.versioning}</Status>` : '';
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
  if (query.has('delete') && method === 'POST') return deleteObjectsReply(bucket.store, body, state.clock);
  if (query.has('versions') && method === 'GET')
    return listVersionsReply(bucket.store, query, caller.displayName);
  if (query.has('location'))
    return ok(
      `${XML}<LocationConstraint xmlns="${NS}">${bucket.region === 'us-east-1' ? '' : bucket.region}</LocationConstraint>`,
    );
  return null;
}

/** The bucket a request names, or what S3 answers when it is missing or not the caller's to see. */
function findBucket(
  name: string,
  method: string,
  caller: StubS3Caller,
): { bucket: StubBucket } | { reply: S3Reply } {
  const bucket = state.buckets.get(name);
  if (!bucket) return { reply: method === 'HEAD' ? { status: 404, body: '' } : noSuchBucket(name) };
  // Another owner's bucket stands for another account's: the generic refusal (troubleshoot-403-errors.html).
  if (!visible(caller, bucket))
    return {
      reply: method === 'HEAD' ? FORBIDDEN_HEAD : s3ErrorReply(403, 'AccessDenied', 'Access Denied'),
    };
  return { bucket };
}

/**
 * What S3 answers to an upload (PutObject with `Expect: 100-continue`) from its headers alone: the refusal, sent
 * instead of 100 Continue so the CLI never sends the body (API_PutObject, "Expect"), or null when it may go on.
 */
export function uploadRefusal(req: { url?: string }, caller: StubS3Caller): S3Reply | null {
  const url = new URL(req.url ?? '/', 'http://stub');
  const [, rawBucket = '', ...rest] = url.pathname.split('/');
  const found = findBucket(decodeURIComponent(rawBucket), 'PUT', caller);
  if ('reply' in found) return found.reply;
  return writeRefusal(found.bucket, decodeURIComponent(rest.join('/')), caller);
}

const writeRefusal = (bucket: StubBucket, key: string, caller: StubS3Caller) =>
  caller.authorize('s3:PutObject', objectArn(bucket.name, key), bucket.policy);

/** Answers an authenticated S3 request (path-style: `/bucket/key`), checking the caller's permission first. */
export function answerS3(
  req: { method?: string; url?: string; headers: StubHeaders },
  body: Buffer,
  caller: StubS3Caller,
  region: string,
): S3Reply {
  const url = new URL(req.url ?? '/', 'http://stub');
  const method = req.method ?? 'GET';
  const [, rawBucket = '', ...rest] = url.pathname.split('/');
  const name = decodeURIComponent(rawBucket);
  const key = decodeURIComponent(rest.join('/'));
  if (!name) return caller.authorize('s3:ListAllMyBuckets', '*') ?? listBuckets(caller);
  if (method === 'PUT' && !key && [...url.searchParams.keys()].length === 0)
    return (
      caller.authorize('s3:CreateBucket', bucketArn(name)) ??
      createBucket(name, region, body.toString('utf8'))
    );
  const found = findBucket(name, method, caller);
  if ('reply' in found) return found.reply;
  const bucket = found.bucket;
  if (!key) {
    const sub = subresource(method, bucket, url.searchParams, body.toString('utf8'), caller);
    if (sub) return sub;
    const action = method === 'DELETE' ? 's3:DeleteBucket' : 's3:ListBucket';
    const denied = caller.authorize(action, bucketArn(name), bucket.policy);
    if (denied) return method === 'HEAD' ? FORBIDDEN_HEAD : denied;
    if (method === 'HEAD')
      return { status: 200, headers: { 'x-amz-bucket-region': bucket.region }, body: '' };
    if (method === 'DELETE') {
      if (hasAnyVersion(bucket.store))
        return s3ErrorReply(
          409,
          'BucketNotEmpty',
          bucket.store.versioning
            ? 'The bucket you tried to delete is not empty. You must delete all versions in the bucket.'
            : 'The bucket you tried to delete is not empty',
          `<BucketName>${esc(name)}</BucketName>`,
        );
      state.buckets.delete(name);
      return { status: 204, body: '' };
    }
    if (method === 'GET') return listObjectsV2Reply(bucket.store, url.searchParams);
    return s3ErrorReply(
      405,
      'MethodNotAllowed',
      'The specified method is not allowed against this resource.',
    );
  }
  if (method === 'PUT') return putObject(bucket, key, body, req.headers, caller);
  const versionId = url.searchParams.get('versionId');
  const verb = method === 'DELETE' ? 'Delete' : 'Get';
  const action = `s3:${verb}Object${versionId === null ? '' : 'Version'}`;
  const denied = caller.authorize(action, objectArn(name, key), bucket.policy);
  if (denied) return method === 'HEAD' ? FORBIDDEN_HEAD : denied;
  if (method === 'DELETE') return deleteObjectReply(bucket.store, key, versionId, state.clock);
  return getObjectReply(method === 'HEAD', bucket.store, key, versionId);
}
