// Scenarios: `aws s3api` bucket and object operations against the stateful loopback stub.
import { S3_FILES, s3Scenario } from './s3-common';
import type { ScenarioArea } from './types';

const api = (...args: string[]) => ({ args: ['s3api', ...args] });
const B = 'api-bucket';
const create = api('create-bucket', '--bucket', B);
const POLICY =
  '{"Version":"2012-10-17","Statement":[{"Sid":"DenyHttp","Effect":"Deny","Principal":"*","Action":"s3:*",' +
  '"Resource":["arn:aws:s3:::api-bucket","arn:aws:s3:::api-bucket/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}';
const LIFECYCLE =
  '{"Rules":[{"ID":"expire-logs","Filter":{"Prefix":"logs/"},"Status":"Enabled","Expiration":{"Days":30}}]}';

export const s3apiArea: ScenarioArea = {
  area: 's3api',
  scenarios: [
    s3Scenario(
      'create-list-head-delete-bucket',
      'create-bucket, list-buckets, head-bucket (found and 404), delete-bucket.',
      [
        create,
        api('list-buckets'),
        api('head-bucket', '--bucket', B),
        api('head-bucket', '--bucket', 'no-such-bucket-here'),
        api('delete-bucket', '--bucket', B),
        api('list-buckets', '--query', 'Buckets[].Name', '--output', 'text'),
      ],
    ),
    s3Scenario(
      'create-bucket-location',
      'LocationConstraint rules: required outside us-east-1, refused for us-east-1, must match the region.',
      [
        api(
          'create-bucket',
          '--bucket',
          'eu-api-bucket',
          '--region',
          'eu-west-1',
          '--create-bucket-configuration',
          'LocationConstraint=eu-west-1',
        ),
        api('create-bucket', '--bucket', 'eu-api-bucket-2', '--region', 'eu-west-1'),
        api(
          'create-bucket',
          '--bucket',
          'us-api-bucket',
          '--create-bucket-configuration',
          'LocationConstraint=us-east-1',
        ),
        api(
          'create-bucket',
          '--bucket',
          'mismatch-bucket',
          '--region',
          'eu-west-1',
          '--create-bucket-configuration',
          '{"LocationConstraint":"eu-central-1"}',
        ),
        api(
          'create-bucket',
          '--bucket',
          'eu-api-bucket',
          '--region',
          'eu-west-1',
          '--create-bucket-configuration',
          'LocationConstraint=eu-west-1',
        ),
        api('create-bucket', '--bucket', 'Bad_Name'),
      ],
    ),
    s3Scenario(
      'objects',
      'put-object from a file, head-object, get-object to an outfile, delete-object, and the 404s.',
      [
        create,
        api(
          'put-object',
          '--bucket',
          B,
          '--key',
          'docs/a.txt',
          '--body',
          'a.txt',
          '--content-type',
          'text/plain',
        ),
        api('put-object', '--bucket', B, '--key', 'empty'),
        api('head-object', '--bucket', B, '--key', 'docs/a.txt'),
        api('get-object', '--bucket', B, '--key', 'docs/a.txt', 'out.txt'),
        api('get-object', '--bucket', B, '--key', 'nope', 'nope.txt'),
        api('head-object', '--bucket', B, '--key', 'nope'),
        api('delete-object', '--bucket', B, '--key', 'docs/a.txt'),
        api('list-objects-v2', '--bucket', B, '--output', 'text'),
      ],
    ),
    s3Scenario(
      'list-objects-v2',
      'Prefix, delimiter, max-keys, pagination across pages, --query, and an empty bucket.',
      [
        create,
        api('list-objects-v2', '--bucket', B),
        api('put-object', '--bucket', B, '--key', 'a.txt', '--body', 'a.txt'),
        api('put-object', '--bucket', B, '--key', 'dir/b.txt', '--body', 'dir/b.txt'),
        api('put-object', '--bucket', B, '--key', 'dir/c.log', '--body', 'dir/c.log'),
        api('put-object', '--bucket', B, '--key', 'dir/sub/d.txt', '--body', 'dir/sub/d.txt'),
        api('list-objects-v2', '--bucket', B),
        api('list-objects-v2', '--bucket', B, '--prefix', 'dir/', '--delimiter', '/'),
        api('list-objects-v2', '--bucket', B, '--max-keys', '2'),
        api('list-objects-v2', '--bucket', B, '--page-size', '1', '--query', 'Contents[].Key'),
        api('list-objects-v2', '--bucket', B, '--max-items', '3', '--output', 'json'),
        api('list-objects-v2', '--bucket', B, '--query', 'Contents[].Key', '--output', 'table'),
        api('list-objects-v2', '--bucket', B, '--output', 'yaml', '--prefix', 'dir/sub'),
      ],
    ),
    s3Scenario(
      'bucket-policy',
      'put/get/delete-bucket-policy from a file:// document, a malformed one, and the missing policy.',
      [
        create,
        api('get-bucket-policy', '--bucket', B),
        api('put-bucket-policy', '--bucket', B, '--policy', 'file://policy.json'),
        api('get-bucket-policy', '--bucket', B),
        api('put-bucket-policy', '--bucket', B, '--policy', '{"Version": "2012-10-17", "Statement": ['),
        api('delete-bucket-policy', '--bucket', B),
        api('get-bucket-policy', '--bucket', B, '--output', 'text'),
      ],
      { files: { ...S3_FILES, 'policy.json': { content: POLICY + '\n' } } },
    ),
    s3Scenario(
      'versioning-lifecycle-public-access',
      'Versioning status, a lifecycle rule from JSON, and a public access block.',
      [
        create,
        api('get-bucket-versioning', '--bucket', B),
        api('put-bucket-versioning', '--bucket', B, '--versioning-configuration', 'Status=Enabled'),
        api('get-bucket-versioning', '--bucket', B),
        api('get-bucket-lifecycle-configuration', '--bucket', B),
        api('put-bucket-lifecycle-configuration', '--bucket', B, '--lifecycle-configuration', LIFECYCLE),
        api('get-bucket-lifecycle-configuration', '--bucket', B),
        api('put-bucket-versioning', '--bucket', B, '--versioning-configuration', 'Status=Sometimes'),
        api(
          'put-bucket-lifecycle-configuration',
          '--bucket',
          B,
          '--lifecycle-configuration',
          '{"Rules":[{"ID":"no-status"}]}',
        ),
        api(
          'put-public-access-block',
          '--bucket',
          B,
          '--public-access-block-configuration',
          'BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
        ),
      ],
    ),
    s3Scenario(
      'parameter-errors',
      'Missing required arguments, an unknown option, a missing --body file: usage errors before any request.',
      [
        api('create-bucket'),
        api('put-object', '--bucket', B),
        api('get-object', '--bucket', B, '--key', 'k'),
        api('put-object', '--bucket', B, '--key', 'k', '--body', 'missing.txt'),
        api('list-objects-v2', '--bucket', B, '--max-keys', 'many'),
        api('head-bucket', '--bucket', B, '--bogus'),
      ],
    ),
  ],
};
