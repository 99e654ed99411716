// Scenarios: `aws s3 mb`, `rb` and `ls` against the stateful loopback stub.
import { s3, s3Scenario } from './s3-common';
import type { ScenarioArea } from './types';

export const s3BucketsArea: ScenarioArea = {
  area: 's3-buckets',
  scenarios: [
    s3Scenario('mb-ls-rb', 'A new bucket is listed with the other buckets of the account, then removed.', [
      s3('mb', 's3://my-bucket'),
      s3('ls'),
      s3('rb', 's3://my-bucket'),
      s3('ls'),
    ]),
    s3Scenario('mb-twice-us-east-1', 'Re-creating your own bucket in us-east-1 succeeds (legacy 200 OK).', [
      s3('mb', 's3://my-bucket'),
      s3('mb', 's3://my-bucket'),
    ]),
    s3Scenario(
      'mb-region',
      'Outside us-east-1 the bucket gets a LocationConstraint; re-creating it is BucketAlreadyOwnedByYou.',
      [
        s3('mb', 's3://eu-bucket', '--region', 'eu-west-1'),
        s3('mb', 's3://eu-bucket', '--region', 'eu-west-1'),
        s3('mb', 's3://eu-bucket'),
      ],
    ),
    s3Scenario(
      'mb-invalid-names',
      'Names S3 refuses (InvalidBucketName) and names botocore refuses before sending.',
      [
        s3('mb', 's3://Bad_Name'),
        s3('mb', 's3://ab'),
        s3('mb', 's3://bad!name'),
        s3('mb', 's3://-dash-first'),
      ],
    ),
    s3Scenario('mb-not-an-s3-uri', 'mb and rb take an s3:// URI.', [
      s3('mb', 'my-bucket'),
      s3('rb', 'my-bucket'),
    ]),
    s3Scenario(
      'rb-not-empty-then-force',
      'rb of a bucket with objects is BucketNotEmpty; --force deletes them first.',
      [
        s3('mb', 's3://full-bucket'),
        s3('cp', 'a.txt', 's3://full-bucket/a.txt', '--no-progress'),
        s3('cp', 'dir', 's3://full-bucket/dir/', '--recursive', '--no-progress'),
        s3('rb', 's3://full-bucket'),
        s3('rb', 's3://full-bucket', '--force'),
        s3('ls', 's3://full-bucket'),
      ],
    ),
    s3Scenario(
      'rb-with-key-and-missing',
      'rb of a key is refused; rb of a bucket that does not exist is NoSuchBucket.',
      [s3('rb', 's3://my-bucket/key'), s3('rb', 's3://no-such-bucket-here')],
    ),
    s3Scenario(
      'ls-objects',
      'Objects and PRE prefixes, --recursive, --human-readable, --summarize, a prefix that matches nothing.',
      [
        s3('mb', 's3://list-bucket'),
        s3('cp', 'dir', 's3://list-bucket/dir/', '--recursive', '--no-progress'),
        s3('cp', 'a.txt', 's3://list-bucket/', '--no-progress'),
        s3('ls', 's3://list-bucket'),
        s3('ls', 's3://list-bucket/dir/'),
        s3('ls', 's3://list-bucket/di'),
        s3('ls', 's3://list-bucket', '--recursive', '--human-readable', '--summarize'),
        s3('ls', 's3://list-bucket/nothing-here'),
        s3('ls', 's3://list-bucket/nothing-here', '--summarize'),
      ],
    ),
    s3Scenario('ls-missing-bucket', 'Listing a bucket that does not exist.', [
      s3('ls', 's3://no-such-bucket-here'),
    ]),
    s3Scenario('mb-no-credentials', 'mb without credentials.', [s3('mb', 's3://my-bucket')], { files: {} }),
  ],
};
