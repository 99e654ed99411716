// The small rules under the transfers, each against the awscli/Python behaviour it re-creates.
import { describe, expect, test } from 'vitest';
import { createFilter, filterRules, fnmatch } from './filters';
import { displayLocal, humanSize } from './paths';
import { sizeAndTimeDiffer } from './sync-strategy';
import { isValidBucketName } from './store';

describe('fnmatch (Python fnmatch.fnmatch on POSIX)', () => {
  test.each([
    ['/h/dir/a.log', '/h/dir/*.log', true],
    ['/h/dir/sub/a.log', '/h/dir/*.log', true], // `*` crosses `/`
    ['/h/dir/a.txt', '/h/dir/?.txt', true],
    ['/h/dir/ab.txt', '/h/dir/?.txt', false],
    ['/h/dir/b.txt', '/h/dir/[abc].txt', true],
    ['/h/dir/d.txt', '/h/dir/[!abc].txt', true],
    ['/h/dir/A.LOG', '/h/dir/*.log', false], // case-sensitive
    ['/h/dir/x+y.txt', '/h/dir/x+y.txt', true], // regex characters are literal
    ['/h/[x', '/h/[x', true], // an unclosed bracket is literal
  ])('%s against %s is %s', (name, pattern, expected) => {
    expect(fnmatch(name, pattern)).toBe(expected);
  });
});

describe('--exclude/--include', () => {
  test('the last matching filter wins, rooted at the source directory', () => {
    const rules = filterRules([
      ['--exclude', '*'],
      ['--include', '*.txt'],
      ['--exclude', 'sub/*'],
    ]);
    const keep = createFilter(rules, '/h/dir', 'bucket/prefix/');
    expect(['/h/dir/a.txt', '/h/dir/c.log', '/h/dir/sub/d.txt'].filter(keep)).toEqual(['/h/dir/a.txt']);
  });
  test('other options in the sequence are ignored', () => {
    expect(
      filterRules([
        ['--page-size', '5'],
        ['--exclude', 'x'],
      ]),
    ).toEqual([['exclude', 'x']]);
  });
});

describe('sync strategy (SizeAndLastModifiedSync)', () => {
  test('size differences always transfer; same size uploads only when the source is newer', () => {
    expect(sizeAndTimeDiffer({ size: 1, time: 0 }, { size: 2, time: 9 }, 'upload')).toBe(true);
    expect(sizeAndTimeDiffer({ size: 1, time: 10 }, { size: 1, time: 9 }, 'upload')).toBe(true);
    expect(sizeAndTimeDiffer({ size: 1, time: 9 }, { size: 1, time: 9 }, 'upload')).toBe(false);
  });
  test('downloads transfer only when the local file is newer (or, with --exact-timestamps, different)', () => {
    expect(sizeAndTimeDiffer({ size: 1, time: 10 }, { size: 1, time: 5 }, 'download')).toBe(false);
    expect(sizeAndTimeDiffer({ size: 1, time: 5 }, { size: 1, time: 10 }, 'download')).toBe(true);
    expect(sizeAndTimeDiffer({ size: 1, time: 10 }, { size: 1, time: 5 }, 'download', false, true)).toBe(
      true,
    );
  });
  test('--size-only ignores times', () => {
    expect(sizeAndTimeDiffer({ size: 1, time: 10 }, { size: 1, time: 0 }, 'upload', true)).toBe(false);
  });
});

describe('printing and naming rules', () => {
  test.each([
    [0, '0 Bytes'],
    [1, '1 Byte'],
    [1023, '1023 Bytes'],
    [1024, '1.0 KiB'],
    [100_000, '97.7 KiB'],
    [1024 * 1024 - 1, '1.0 MiB'],
    [5 * 1024 ** 3, '5.0 GiB'],
  ])('human_readable_size(%i) is %s', (n, text) => expect(humanSize(n)).toBe(text));

  test('local paths are shown relative to the cwd like awscli relative_path', () => {
    expect(displayLocal('/home/learner/a.txt', '/home/learner')).toBe('./a.txt');
    expect(displayLocal('/home/learner/dir/b.txt', '/home/learner')).toBe('dir/b.txt');
    expect(displayLocal('/tmp/x', '/home/learner')).toBe('../../tmp/x');
  });

  test.each([
    ['my-bucket', true],
    ['ab', false],
    ['Bad_Name', false],
    ['-dash-first', false],
    ['a..b', false],
    ['192.168.5.4', false],
    ['xn--bucket', false],
    ['bucket-s3alias', false],
    ['a'.repeat(63), true],
    ['a'.repeat(64), false],
  ])('bucket name %s valid: %s', (name, valid) => expect(isValidBucketName(name)).toBe(valid));
});
