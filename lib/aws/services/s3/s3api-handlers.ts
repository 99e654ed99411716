// What each simulated `aws s3api` operation does to the account, with the errors AWS's S3 API reference lists
// for it (https://docs.aws.amazon.com/AmazonS3/latest/API/API_<Operation>.html); responses in the model's shape.
import { createBucket, deleteBucket } from './bucket-ops';
import { authorizeS3, bucketArn, objectArn, requireBucket, S3Error } from './call';
import type { S3apiHandler } from './s3api-command';
import {
  compareKeys,
  isoSeconds,
  lookupBucket,
  objectBytes,
  putObject,
  sortedKeys,
  visibleBuckets,
} from './store';

const S3_OWNER_ID = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';

const str = (value: unknown) => (typeof value === 'string' ? value : '');
const iso = (text: string) => isoSeconds(new Date(text));

/** HEAD requests get no error body: botocore reports the status code and its reason. */
function headBucket(caller: Parameters<S3apiHandler>[1], name: string, operation: string) {
  const found = lookupBucket(caller.account, caller.owner, name);
  if (found.kind === 'forbidden') throw new S3Error('403', operation, 'Forbidden');
  if (found.kind === 'missing') throw new S3Error('404', operation, 'Not Found');
  return found.bucket;
}

function objectHead(input: Record<string, unknown>, caller: Parameters<S3apiHandler>[1], operation: string) {
  const key = str(input.Key);
  if (operation === 'HeadObject') {
    const bucket = headBucket(caller, str(input.Bucket), operation);
    authorizeS3(caller, 's3:GetObject', objectArn(bucket.name, key), operation, bucket);
    const object = bucket.objects?.[key];
    if (!object) throw new S3Error('404', operation, 'Not Found');
    return object;
  }
  const bucket = requireBucket(caller, str(input.Bucket), operation);
  authorizeS3(caller, 's3:GetObject', objectArn(bucket.name, key), operation, bucket);
  const object = bucket.objects?.[key];
  if (!object) throw new S3Error('NoSuchKey', operation, 'The specified key does not exist.');
  return object;
}

const headFields = (object: ReturnType<typeof objectHead>) => ({
  AcceptRanges: 'bytes',
  LastModified: iso(object.lastModified),
  ContentLength: object.size,
  ETag: object.etag,
  ContentType: object.contentType ?? 'binary/octet-stream',
  Metadata: {},
});

function bucketFor(
  input: Record<string, unknown>,
  caller: Parameters<S3apiHandler>[1],
  operation: string,
  action: string,
) {
  const bucket = requireBucket(caller, str(input.Bucket), operation);
  authorizeS3(caller, action, bucketArn(bucket.name), operation, bucket);
  return bucket;
}

export const S3API_HANDLERS: Record<string, S3apiHandler> = {
  CreateBucket(input, caller) {
    const name = str(input.Bucket);
    const config = input.CreateBucketConfiguration as { LocationConstraint?: string } | undefined;
    const error = createBucket(caller, name, config?.LocationConstraint);
    if (error) throw error;
    return { Location: `/${name}` };
  },
  ListBuckets(_input, caller) {
    authorizeS3(caller, 's3:ListAllMyBuckets', '*', 'ListBuckets');
    const buckets = [...visibleBuckets(caller.account, caller.owner)];
    if (caller.account.buckets) buckets.sort((a, b) => compareKeys(a.name, b.name));
    return {
      Buckets: buckets.map((b) => ({ Name: b.name, CreationDate: iso(b.creationDate) })),
      Owner: { DisplayName: caller.owner ?? caller.principal.arn.split('/')[1] ?? '', ID: S3_OWNER_ID },
    };
  },
  HeadBucket(input, caller) {
    const bucket = headBucket(caller, str(input.Bucket), 'HeadBucket');
    authorizeS3(caller, 's3:ListBucket', bucketArn(bucket.name), 'HeadBucket', bucket);
    return null;
  },
  DeleteBucket(input, caller) {
    const error = deleteBucket(caller, str(input.Bucket));
    if (error) throw error;
    return null;
  },
  PutObject(input, caller) {
    const bucket = requireBucket(caller, str(input.Bucket), 'PutObject');
    const key = str(input.Key);
    authorizeS3(caller, 's3:PutObject', objectArn(bucket.name, key), 'PutObject', bucket);
    const body = input.Body instanceof Uint8Array ? input.Body : new Uint8Array();
    const object = putObject(caller.account, bucket, key, body, str(input.ContentType) || undefined);
    return { ETag: object.etag };
  },
  async GetObject(input, caller, io) {
    const object = objectHead(input, caller, 'GetObject');
    await io.files.write(io.outfile!, objectBytes(object));
    return headFields(object);
  },
  HeadObject(input, caller) {
    return headFields(objectHead(input, caller, 'HeadObject'));
  },
  DeleteObject(input, caller) {
    const bucket = requireBucket(caller, str(input.Bucket), 'DeleteObject');
    const key = str(input.Key);
    authorizeS3(caller, 's3:DeleteObject', objectArn(bucket.name, key), 'DeleteObject', bucket);
    if (bucket.objects) delete bucket.objects[key];
    return null;
  },
  ListObjectsV2(input, caller) {
    const bucket = bucketFor(input, caller, 'ListObjectsV2', 's3:ListBucket');
    const prefix = str(input.Prefix);
    const delimiter = str(input.Delimiter);
    const maxKeys = Math.min(typeof input.MaxKeys === 'number' ? input.MaxKeys : 1000, 1000);
    const after = str(input.ContinuationToken) || str(input.StartAfter);
    const contents: Record<string, unknown>[] = [];
    const prefixes: string[] = [];
    let truncated = false;
    let last = '';
    for (const key of sortedKeys(bucket, prefix).filter((k) => k > after)) {
      const at = delimiter ? key.indexOf(delimiter, prefix.length) : -1;
      const common = at >= 0 ? key.slice(0, at + delimiter.length) : null;
      if (common !== null && prefixes.includes(common)) continue;
      if (contents.length + prefixes.length >= maxKeys) {
        truncated = true;
        break;
      }
      if (common !== null) {
        prefixes.push(common);
        last = `${common}\uffff`;
      } else {
        const object = bucket.objects![key]!;
        contents.push({
          Key: key,
          LastModified: iso(object.lastModified),
          ETag: object.etag,
          Size: object.size,
          StorageClass: 'STANDARD',
        });
        last = key;
      }
    }
    return {
      IsTruncated: truncated,
      Contents: contents.length ? contents : undefined,
      Name: bucket.name,
      Prefix: prefix,
      Delimiter: delimiter || undefined,
      MaxKeys: maxKeys,
      CommonPrefixes: prefixes.length ? prefixes.map((p) => ({ Prefix: p })) : undefined,
      EncodingType: 'url',
      KeyCount: contents.length + prefixes.length,
      ContinuationToken: input.ContinuationToken,
      NextContinuationToken: truncated ? last : undefined,
      StartAfter: input.StartAfter,
    };
  },
  PutBucketPolicy(input, caller) {
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
    return null;
  },
  GetBucketPolicy(input, caller) {
    const bucket = bucketFor(input, caller, 'GetBucketPolicy', 's3:GetBucketPolicy');
    if (bucket.policy === undefined)
      throw new S3Error('NoSuchBucketPolicy', 'GetBucketPolicy', 'The bucket policy does not exist');
    return { Policy: bucket.policy };
  },
  DeleteBucketPolicy(input, caller) {
    delete bucketFor(input, caller, 'DeleteBucketPolicy', 's3:DeleteBucketPolicy').policy;
    return null;
  },
  PutBucketVersioning(input, caller) {
    const bucket = bucketFor(input, caller, 'PutBucketVersioning', 's3:PutBucketVersioning');
    const status = (input.VersioningConfiguration as { Status?: string }).Status;
    if (status !== undefined && status !== 'Enabled' && status !== 'Suspended')
      throw new S3Error(
        'MalformedXML',
        'PutBucketVersioning',
        'The XML you provided was not well-formed or did not validate against our published schema',
      );
    if (status) bucket.versioning = status;
    return null;
  },
  GetBucketVersioning(input, caller) {
    const bucket = bucketFor(input, caller, 'GetBucketVersioning', 's3:GetBucketVersioning');
    return bucket.versioning ? { Status: bucket.versioning } : {};
  },
  PutBucketLifecycleConfiguration(input, caller) {
    const bucket = bucketFor(
      input,
      caller,
      'PutBucketLifecycleConfiguration',
      's3:PutLifecycleConfiguration',
    );
    bucket.lifecycle = JSON.stringify(input.LifecycleConfiguration ?? { Rules: [] });
    return null;
  },
  GetBucketLifecycleConfiguration(input, caller) {
    const bucket = bucketFor(
      input,
      caller,
      'GetBucketLifecycleConfiguration',
      's3:GetLifecycleConfiguration',
    );
    if (!bucket.lifecycle)
      throw new S3Error(
        'NoSuchLifecycleConfiguration',
        'GetBucketLifecycleConfiguration',
        'The lifecycle configuration does not exist',
      );
    return JSON.parse(bucket.lifecycle) as Record<string, unknown>;
  },
  PutPublicAccessBlock(input, caller) {
    const bucket = bucketFor(input, caller, 'PutPublicAccessBlock', 's3:PutBucketPublicAccessBlock');
    const config = input.PublicAccessBlockConfiguration as Record<string, boolean | undefined>;
    bucket.publicAccessBlock = {
      BlockPublicAcls: config.BlockPublicAcls ?? false,
      IgnorePublicAcls: config.IgnorePublicAcls ?? false,
      BlockPublicPolicy: config.BlockPublicPolicy ?? false,
      RestrictPublicBuckets: config.RestrictPublicBuckets ?? false,
    };
    return null;
  },
};
