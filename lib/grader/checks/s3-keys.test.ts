// The s3Keys check: exactly the expected keys under a prefix, with messages for missing and extra keys.
import { describe, expect, test } from 'vitest';
import { defaultAccount } from '../../aws/default-account';
import { putObject } from '../../aws/services/s3/store';
import { createGradeState } from '../state';
import { makeSnapshot } from '../testing/snapshot';
import { s3Keys } from './s3-keys';

function state(keys: string[] | null) {
  const account = structuredClone(defaultAccount);
  if (keys) {
    const bucket = { name: 'logs-bucket', creationDate: '2026-01-01T00:00:00+00:00' };
    account.buckets!.push(bucket);
    for (const key of keys) putObject(account, bucket, key, new TextEncoder().encode(key));
  }
  return createGradeState({ ...makeSnapshot(), account });
}

const check = s3Keys({
  id: 'k',
  label: 'only the logs',
  bucket: 'logs-bucket',
  prefix: 'logs/',
  keys: ['logs/a.log', 'logs/web/b.log'],
});

describe('s3Keys', () => {
  test('passes with exactly the keys, whatever lies outside the prefix', async () => {
    expect(await check.run(state(['logs/a.log', 'logs/web/b.log', 'other/x.txt']))).toEqual({ pass: true });
  });

  test('a missing bucket, and an empty prefix', async () => {
    expect(await check.run(state(null))).toEqual({
      pass: false,
      message: 'There is no bucket `logs-bucket`.',
    });
    expect(await check.run(state(['other/x.txt']))).toEqual({
      pass: false,
      message: '`s3://logs-bucket/logs/` holds no objects yet: expected `logs/a.log`, `logs/web/b.log`.',
    });
  });

  test('missing keys come first and name what is there instead', async () => {
    expect(await check.run(state(['logs/a.log', 'logs/b.log']))).toEqual({
      pass: false,
      message: '`s3://logs-bucket/logs/` is missing `logs/web/b.log` (it has `logs/b.log` instead).',
    });
  });

  test('extra keys are named, at most four of them', async () => {
    const extra = ['logs/1.txt', 'logs/2.txt', 'logs/3.txt', 'logs/4.txt', 'logs/5.txt'];
    expect(await check.run(state(['logs/a.log', 'logs/web/b.log', 'logs/notes.txt']))).toEqual({
      pass: false,
      message: '`s3://logs-bucket/logs/` should not hold `logs/notes.txt`: remove it with `aws s3 rm`.',
    });
    expect(await check.run(state(['logs/a.log', 'logs/web/b.log', ...extra]))).toEqual({
      pass: false,
      message:
        '`s3://logs-bucket/logs/` should not hold `logs/1.txt`, `logs/2.txt`, `logs/3.txt`, `logs/4.txt` and 1 more: remove them with `aws s3 rm`.',
    });
  });
});
