// Scenarios: `aws s3 cp`, `mv` and `rm` against the stateful loopback stub.
import { S3_FILES, s3, s3Scenario } from './s3-common';
import type { ScenarioArea } from './types';

const mb = s3('mb', 's3://xfer-bucket');
const B = 's3://xfer-bucket';
const BIG = 'x'.repeat(99) + '\n';

export const s3TransferArea: ScenarioArea = {
  area: 's3-transfer',
  scenarios: [
    s3Scenario(
      'cp-up-down-copy',
      'Upload (to a prefix and to a new name), download, and copy between keys, with progress lines.',
      [
        mb,
        s3('cp', 'a.txt', `${B}/`),
        s3('cp', 'a.txt', `${B}/renamed.txt`),
        s3('cp', `${B}/a.txt`, 'copy.txt'),
        s3('cp', `${B}/a.txt`, `${B}/copies/`),
        s3('cp', `${B}/renamed.txt`, 'dir/'),
        s3('ls', B, '--recursive'),
      ],
    ),
    s3Scenario('cp-missing-local-file', "cp of a local file that does not exist: the CLI's own message.", [
      mb,
      s3('cp', 'nope.txt', `${B}/`),
      s3('cp', 'nodir', `${B}/`, '--recursive'),
    ]),
    s3Scenario(
      'cp-missing-key-and-bucket',
      'A key that does not exist (HeadObject 404) and a bucket that does not exist.',
      [
        mb,
        s3('cp', `${B}/nope.txt`, '.'),
        s3('cp', 'a.txt', 's3://no-such-bucket-here/', '--no-progress'),
        s3('cp', 's3://no-such-bucket-here/x', '.'),
      ],
    ),
    s3Scenario(
      'cp-recursive-filters',
      '--recursive with --exclude/--include: last matching filter wins, patterns rooted at the source.',
      [
        mb,
        s3('cp', 'dir', `${B}/all/`, '--recursive', '--no-progress'),
        s3('cp', 'dir', `${B}/nolog/`, '--recursive', '--exclude', '*.log', '--no-progress'),
        s3(
          'cp',
          'dir',
          `${B}/onlytxt/`,
          '--recursive',
          '--exclude',
          '*',
          '--include',
          '*.txt',
          '--no-progress',
        ),
        s3('cp', 'dir', `${B}/sub/`, '--recursive', '--exclude', 'sub/*', '--no-progress'),
        s3('cp', `${B}/all/`, 'down', '--recursive', '--exclude', 'sub/*', '--no-progress'),
        s3('ls', B, '--recursive'),
      ],
    ),
    s3Scenario(
      'cp-recursive-progress',
      'A recursive upload with progress lines (one worker: files complete in listing order).',
      [mb, s3('cp', 'dir', `${B}/d/`, '--recursive')],
    ),
    s3Scenario(
      'cp-quiet-dryrun-only-errors',
      '--dryrun prints (dryrun) lines and changes nothing; --quiet and --only-show-errors print nothing.',
      [
        mb,
        s3('cp', 'dir', `${B}/d/`, '--recursive', '--dryrun'),
        s3('cp', 'a.txt', `${B}/q.txt`, '--quiet'),
        s3('cp', 'a.txt', `${B}/o.txt`, '--only-show-errors'),
        s3('ls', B, '--recursive'),
      ],
    ),
    s3Scenario('cp-stream', '`-` streams stdin to an object and an object to stdout.', [
      mb,
      { args: ['s3', 'cp', '-', `${B}/streamed.txt`], stdin: 'from stdin\n' },
      s3('cp', `${B}/streamed.txt`, '-'),
      s3('cp', '-', `${B}/x`, '--recursive'),
    ]),
    s3Scenario(
      'cp-no-credentials',
      'Transfers without credentials.',
      [s3('cp', 'a.txt', `${B}/`), s3('ls', B)],
      { files: { 'a.txt': { content: 'hello\n' } } },
    ),
    s3Scenario('cp-invalid-paths', 'Two local paths, one path, an rm of a local path: the usage error.', [
      s3('cp', 'a.txt', 'b.txt'),
      s3('cp', 'a.txt'),
      s3('rm', 'a.txt'),
      s3('mv', B + '/a', B + '/a'),
    ]),
    s3Scenario(
      'cp-100kb',
      'A 100 kB object goes up and comes back intact.',
      [
        mb,
        s3('cp', 'big.txt', `${B}/big.txt`, '--no-progress'),
        s3('ls', B, '--human-readable'),
        s3('cp', `${B}/big.txt`, 'big-copy.txt', '--no-progress'),
      ],
      { files: { ...S3_FILES, 'big.txt': { content: BIG.repeat(1000) } } },
    ),
    s3Scenario(
      'mv-all-directions',
      'mv uploads and deletes the local file, moves between keys, and downloads and deletes the object.',
      [
        mb,
        s3('mv', 'a.txt', `${B}/`, '--no-progress'),
        s3('mv', `${B}/a.txt`, `${B}/moved.txt`, '--no-progress'),
        s3('mv', `${B}/moved.txt`, 'back.txt', '--no-progress'),
        s3('mv', 'dir', `${B}/d/`, '--recursive', '--exclude', '*.log', '--no-progress'),
        s3('ls', B, '--recursive'),
      ],
    ),
    s3Scenario('rm-one-and-recursive', 'rm of one key (even a missing one), and --recursive with filters.', [
      mb,
      s3('cp', 'dir', `${B}/d/`, '--recursive', '--no-progress'),
      s3('cp', 'a.txt', `${B}/`, '--no-progress'),
      s3('rm', `${B}/a.txt`),
      s3('rm', `${B}/never-there.txt`),
      s3('rm', `${B}/d/`, '--recursive', '--exclude', '*.log'),
      s3('rm', B, '--recursive', '--dryrun'),
      s3('ls', B, '--recursive'),
    ]),
  ],
};
