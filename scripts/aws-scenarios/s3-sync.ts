// Scenarios: `aws s3 sync` in both directions, with --delete and filters, against the stateful stub.
import { S3_FILES, s3, s3Scenario } from './s3-common';
import type { ScenarioArea } from './types';

const mb = s3('mb', 's3://sync-bucket');
const B = 's3://sync-bucket';

export const s3SyncArea: ScenarioArea = {
  area: 's3-sync',
  scenarios: [
    s3Scenario(
      'sync-up-again-changed',
      'Upload new files; a second sync does nothing; an object of another size is uploaded again.',
      [
        mb,
        s3('sync', 'dir', `${B}/d`, '--no-progress'),
        s3('sync', 'dir', `${B}/d`),
        s3('cp', 'a.txt', `${B}/d/b.txt`, '--no-progress'),
        s3('sync', 'dir', `${B}/d`),
      ],
    ),
    s3Scenario(
      'sync-up-delete-filters',
      '--delete removes objects missing locally; excluded files are neither uploaded nor deleted.',
      [
        mb,
        s3('cp', 'a.txt', `${B}/extra.txt`, '--no-progress'),
        s3('cp', 'a.txt', `${B}/keep.log`, '--no-progress'),
        s3('sync', 'dir', B, '--delete', '--exclude', '*.log', '--no-progress'),
        s3('ls', B, '--recursive'),
      ],
    ),
    s3Scenario(
      'sync-down',
      'Download into a new directory; downloaded files take the object time, so a second sync does nothing; --delete removes local files missing from the prefix (not excluded ones).',
      [
        mb,
        s3('sync', 'dir', B, '--no-progress'),
        s3('sync', B, 'out', '--no-progress'),
        s3('sync', B, 'out'),
        s3('sync', `${B}/sub`, 'dir', '--delete', '--exclude', 'c.log', '--no-progress'),
      ],
      { files: { ...S3_FILES, 'dir/local-only.txt': { content: 'only here\n' } } },
    ),
    s3Scenario(
      'sync-s3-to-s3-and-dryrun',
      'Copy between prefixes, and a --dryrun that lists what would change.',
      [
        mb,
        s3('sync', 'dir', `${B}/src`, '--no-progress'),
        s3('sync', `${B}/src`, `${B}/dst`, '--no-progress'),
        s3('sync', 'dir', `${B}/other`, '--dryrun'),
        s3('ls', B, '--recursive'),
      ],
    ),
    s3Scenario('sync-errors', 'A missing source directory and a missing bucket.', [
      s3('sync', 'nodir', B),
      s3('sync', 'dir', 's3://no-such-bucket-here'),
    ]),
    s3Scenario(
      'presign-offline',
      'presign works without a network (URL differs per second: only the shape is compared offline).',
      [s3('presign', `${B}/a.txt`, '--expires-in', '60')],
      { offline: true, stub: false, clock: undefined },
    ),
  ],
};
