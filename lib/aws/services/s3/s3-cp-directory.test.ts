// Paths that need --recursive, given without it: `aws s3 cp|mv DIR s3://…` (awscli passes `DIR/` to the upload,
// which cannot open it) and `aws s3 rm s3://BUCKET` (awscli lists the bucket and keeps no key).
// Expected texts recorded from /usr/bin/aws 2.9.19 against scripts/aws-stub-server.ts (bash, HOME=/home/learner).
import { describe, expect, test } from 'vitest';
import { defaultAccount } from '../../default-account';
import { aws, SAMPLE_KEYS } from '../../testing/run';

function account() {
  const a = structuredClone(defaultAccount);
  a.buckets!.push({ name: 'learner-x', creationDate: '2026-01-01T00:00:00+00:00' });
  return a;
}
const files = { 'photos/a.jpg': { content: 'a\n' }, 'photos/b.log': { content: 'b\n' } };
const run = (argv: string[], acc = account()) =>
  aws(argv, { env: { ...SAMPLE_KEYS, AWS_DEFAULT_REGION: 'eu-west-1' }, files, account: acc });

describe('a directory without --recursive', () => {
  test('cp to a prefix fails with Errno 21 and uploads nothing', async () => {
    const acc = account();
    const r = await run(['s3', 'cp', 'photos', 's3://learner-x/2026/summer/', '--no-progress'], acc);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      "upload failed: photos/ to s3://learner-x/2026/summer/ [Errno 21] Is a directory: '/home/learner/photos/'\n",
    );
    expect(r.exitCode).toBe(1);
    expect(acc.buckets!.find((b) => b.name === 'learner-x')!.objects ?? {}).toEqual({});
  });

  test('cp to a key and mv say the same with their own verbs', async () => {
    expect((await run(['s3', 'cp', 'photos', 's3://learner-x/k', '--no-progress'])).stderr).toBe(
      "upload failed: photos/ to s3://learner-x/k [Errno 21] Is a directory: '/home/learner/photos/'\n",
    );
    expect((await run(['s3', 'mv', 'photos', 's3://learner-x/m/', '--no-progress'])).stderr).toBe(
      "move failed: photos/ to s3://learner-x/m/ [Errno 21] Is a directory: '/home/learner/photos/'\n",
    );
  });

  test('to the top of the bucket the empty key is refused first, by parameter validation', async () => {
    const r = await run(['s3', 'mv', 'photos', 's3://learner-x/', '--no-progress']);
    expect(r.stderr).toBe(
      'move failed: photos/ to s3://learner-x/ Parameter validation failed:\nInvalid length for parameter Key, value: 0, valid min length: 1\n',
    );
    expect(r.exitCode).toBe(1);
  });

  test('filters apply to the directory path itself: excluded, nothing happens', async () => {
    const r = await run(['s3', 'cp', 'photos', 's3://learner-x/p/', '--exclude', '*', '--include', '*.log']);
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(['', '', 0]);
  });
});

describe('a bucket without --recursive', () => {
  test('rm s3://BUCKET deletes nothing and prints nothing', async () => {
    const acc = account();
    const bucket = acc.buckets!.find((b) => b.name === 'learner-x')!;
    bucket.objects = {
      'a.txt': { body: 'YQo=', etag: '"x"', size: 2, lastModified: '2026-01-01T00:00:00+00:00' },
    };
    const r = await run(['s3', 'rm', 's3://learner-x'], acc);
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(['', '', 0]);
    expect(Object.keys(bucket.objects)).toEqual(['a.txt']);
  });
});
