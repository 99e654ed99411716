// Scenarios: S3 Versioning (Enabled and Suspended), list-object-versions with its paging, delete markers,
// versioned transfers, and bucket names taken in S3's global namespace. The version IDs in the steps are the
// ones the stub gives (versionIdFor on the stub's clock), computed here in the order the writes happen.
import { versionIdFor } from '../../lib/aws/services/s3/versions';
import { S3_CLOCK, s3, s3Scenario } from './s3-common';
import type { ScenarioArea } from './types';

const api = (...args: string[]) => ({ args: ['s3api', ...args] });
const B = 'versioned-bucket';
const create = api('create-bucket', '--bucket', B);
const enable = api('put-bucket-versioning', '--bucket', B, '--versioning-configuration', 'Status=Enabled');
const suspend = api('put-bucket-versioning', '--bucket', B, '--versioning-configuration', 'Status=Suspended');
const put = (key: string, body: string) => api('put-object', '--bucket', B, '--key', key, '--body', body);

/** The IDs one key gets, write after write (each new one avoids the IDs the key still has). */
function ids(key: string, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(versionIdFor(B, key, S3_CLOCK, [...out].reverse()));
  return out;
}
const [v1, v2, marker] = ids('a.txt', 3) as [string, string, string];
/** botocore's resume token after two items of the first page. */
const AFTER_TWO = btoa('{"KeyMarker": null, "VersionIdMarker": null, "boto_truncate_amount": 2}');

export const s3VersionsArea: ScenarioArea = {
  area: 's3-versions',
  scenarios: [
    s3Scenario(
      'versions-enabled',
      'Enabled versioning keeps every put; get-object by --version-id; a delete marker hides the key (404 / 405).',
      [
        create,
        enable,
        put('a.txt', 'a.txt'),
        put('a.txt', 'dir/b.txt'),
        api('list-object-versions', '--bucket', B),
        api('get-object', '--bucket', B, '--key', 'a.txt', '--version-id', v1!, 'old.txt'),
        api('head-object', '--bucket', B, '--key', 'a.txt'),
        api('delete-object', '--bucket', B, '--key', 'a.txt'),
        api('get-object', '--bucket', B, '--key', 'a.txt', 'gone.txt'),
        api('head-object', '--bucket', B, '--key', 'a.txt', '--version-id', marker),
        api('get-object', '--bucket', B, '--key', 'a.txt', '--version-id', marker, 'marker.txt'),
        api('get-object', '--bucket', B, '--key', 'a.txt', '--version-id', 'no-such-version', 'x.txt'),
        api('list-object-versions', '--bucket', B, '--output', 'text'),
        api('delete-bucket', '--bucket', B),
        api('delete-object', '--bucket', B, '--key', 'a.txt', '--version-id', marker),
        api('get-object', '--bucket', B, '--key', 'a.txt', 'now.txt'),
        api('delete-object', '--bucket', B, '--key', 'a.txt', '--version-id', v2),
        api('list-object-versions', '--bucket', B, '--query', 'Versions[].[VersionId,IsLatest]'),
      ],
    ),
    s3Scenario(
      'versions-suspended',
      'Suspended versioning writes the null version (replacing the older null one) and keeps the others.',
      [
        create,
        put('a.txt', 'a.txt'),
        enable,
        put('a.txt', 'dir/b.txt'),
        suspend,
        api('get-bucket-versioning', '--bucket', B),
        put('a.txt', 'dir/c.log'),
        put('a.txt', 'dir/sub/d.txt'),
        api('list-object-versions', '--bucket', B, '--output', 'json'),
        api('get-object', '--bucket', B, '--key', 'a.txt', '--version-id', 'null', 'null.txt'),
        api('delete-object', '--bucket', B, '--key', 'a.txt'),
        api('head-object', '--bucket', B, '--key', 'a.txt', '--version-id', 'null'),
        api('list-object-versions', '--bucket', B, '--query', '{v: Versions[].VersionId, d: DeleteMarkers}'),
      ],
    ),
    s3Scenario(
      'list-object-versions-paging',
      'Several keys and versions: prefix and delimiter, --max-items with its NextToken, --page-size, --max-keys.',
      [
        create,
        enable,
        put('a.txt', 'a.txt'),
        put('a.txt', 'dir/b.txt'),
        put('dir/b.txt', 'dir/b.txt'),
        put('dir/c.log', 'dir/c.log'),
        api('delete-object', '--bucket', B, '--key', 'dir/c.log'),
        api('list-object-versions', '--bucket', B, '--max-items', '2'),
        api(
          'list-object-versions',
          '--bucket',
          B,
          '--starting-token',
          AFTER_TWO,
          '--query',
          'Versions[].Key',
        ),
        api('list-object-versions', '--bucket', B, '--page-size', '1', '--output', 'text'),
        api('list-object-versions', '--bucket', B, '--max-keys', '1'),
        api('list-object-versions', '--bucket', B, '--max-keys', '1', '--max-items', '1'),
        api('list-object-versions', '--bucket', B, '--prefix', 'dir/', '--delimiter', '/'),
        api('list-object-versions', '--bucket', B, '--delimiter', '/', '--output', 'table'),
      ],
    ),
    s3Scenario(
      'versioned-transfers',
      'cp and rm in a versioned bucket keep versions; ls shows current objects; rb --force stops at versions.',
      [
        s3('mb', `s3://${B}`),
        enable,
        s3('cp', 'a.txt', `s3://${B}/a.txt`),
        s3('cp', 'dir/b.txt', `s3://${B}/a.txt`),
        s3('rm', `s3://${B}/a.txt`),
        s3('ls', `s3://${B}`),
        api('list-object-versions', '--bucket', B, '--query', '[length(Versions), length(DeleteMarkers)]'),
        s3('rb', `s3://${B}`, '--force'),
      ],
    ),
    s3Scenario(
      'bucket-already-exists',
      'A name another account owns is BucketAlreadyExists; your own bucket again is 200 in us-east-1.',
      [
        api('create-bucket', '--bucket', 'examplebucket'),
        s3('mb', 's3://test'),
        create,
        create,
        api(
          'create-bucket',
          '--bucket',
          B,
          '--region',
          'eu-west-1',
          '--create-bucket-configuration',
          'LocationConstraint=eu-west-1',
        ),
      ],
    ),
  ],
};
