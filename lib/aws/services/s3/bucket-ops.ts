// Bucket operations shared by `s3 mb`/`rb` and `s3api create-bucket`/`delete-bucket`: AWS's rules and errors.
import { authorizeS3, bucketArn, requireBucket, S3Error, type S3Caller } from './call';
import { accountBuckets, bucketRegion, isoSeconds, isValidBucketName, lookupBucket, now } from './store';
import { hasAnyVersion } from './versions';

const BOTOCORE_BUCKET = /^[a-zA-Z0-9.\-_]{1,255}$/;
const BOTOCORE_ARN =
  '^arn:(aws).*:(s3|s3-object-lambda):[a-z\\-0-9]*:[0-9]{12}:accesspoint[/:][a-zA-Z0-9\\-.]{1,63}$|^arn:(aws).*:s3-outposts:[a-z\\-0-9]+:[0-9]{12}:outpost[/:][a-zA-Z0-9\\-]{1,63}[/:]accesspoint[/:][a-zA-Z0-9\\-]{1,63}$';

/** botocore's client-side bucket check (before any request), or null when the name may be sent. */
export function paramValidationMessage(bucket: string): string | null {
  if (BOTOCORE_BUCKET.test(bucket) || new RegExp(BOTOCORE_ARN).test(bucket)) return null;
  return (
    'Parameter validation failed:\n' +
    `Invalid bucket name "${bucket}": Bucket name must match the regex "^[a-zA-Z0-9.\\-_]{1,255}$" or be an ARN matching the regex "${BOTOCORE_ARN}"`
  );
}

/**
 * CreateBucket (https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucket.html): naming rules, the
 * location constraint must name the endpoint's region (and must be absent for us-east-1); a name another
 * account holds (`account.globalBucketNames`) is BucketAlreadyExists; re-creating your own bucket succeeds in
 * us-east-1 (legacy) and is BucketAlreadyOwnedByYou elsewhere.
 */
export function createBucket(caller: S3Caller, name: string, constraint: string | undefined): S3Error | null {
  const op = 'CreateBucket';
  try {
    authorizeS3(caller, 's3:CreateBucket', bucketArn(name), op);
  } catch (error) {
    if (error instanceof S3Error) return error;
    throw error;
  }
  if (!isValidBucketName(name))
    return new S3Error('InvalidBucketName', op, 'The specified bucket is not valid.');
  if (constraint === 'us-east-1')
    return new S3Error('InvalidLocationConstraint', op, 'The specified location-constraint is not valid');
  if (constraint === undefined && caller.region !== 'us-east-1')
    return new S3Error(
      'IllegalLocationConstraintException',
      op,
      'The unspecified location constraint is incompatible for the region specific endpoint this request was sent to.',
    );
  if (constraint !== undefined && constraint !== caller.region)
    return new S3Error(
      'IllegalLocationConstraintException',
      op,
      `The ${constraint} location constraint is incompatible for the region specific endpoint this request was sent to.`,
    );
  const existing = lookupBucket(caller.account, caller.owner, name);
  if (existing.kind === 'missing' && caller.account.globalBucketNames?.includes(name))
    return new S3Error(
      'BucketAlreadyExists',
      op,
      'The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.',
    );
  if (existing.kind !== 'missing') {
    const region = existing.kind === 'found' ? bucketRegion(existing.bucket) : 'us-east-1';
    if (caller.region === 'us-east-1' && region === 'us-east-1') return null;
    return new S3Error(
      'BucketAlreadyOwnedByYou',
      op,
      'Your previous request to create the named bucket succeeded and you already own it.',
    );
  }
  accountBuckets(caller.account).push({
    name,
    creationDate: isoSeconds(now(caller.account)),
    region: constraint ?? 'us-east-1',
    objects: {},
  });
  return null;
}

/** DeleteBucket: NoSuchBucket, or BucketNotEmpty while objects remain. */
export function deleteBucket(caller: S3Caller, name: string): S3Error | null {
  const op = 'DeleteBucket';
  try {
    const bucket = requireBucket(caller, name, op);
    authorizeS3(caller, 's3:DeleteBucket', bucketArn(name), op, bucket);
    if (hasAnyVersion(bucket)) {
      // A versioned bucket's message names the versions (and delete markers) that remain.
      const versions = bucket.versioning ? '. You must delete all versions in the bucket.' : '';
      return new S3Error('BucketNotEmpty', op, `The bucket you tried to delete is not empty${versions}`);
    }
    const buckets = accountBuckets(caller.account);
    buckets.splice(
      buckets.findIndex((b) => b.name === name),
      1,
    );
    return null;
  } catch (error) {
    if (error instanceof S3Error) return error;
    throw error;
  }
}
