// The S3 half of the stub: writes are stamped with the scenario clock, or with the real time when there is none.
import { expect, test } from 'vitest';
import { defaultAccount } from '../lib/aws/default-account';
import { answerS3, resetS3 } from './aws-stub-s3';

const user = defaultAccount.users[0]!;
const admin = { owner: user.userName, displayName: user.userName, authorize: () => null };
const send = (method: string, url: string, body = '') =>
  answerS3({ method, url, headers: {} }, Buffer.from(body), admin, 'us-east-1');

function lastModifiedOfNewObject(): number {
  send('PUT', '/stamp-bucket');
  send('PUT', '/stamp-bucket/a.txt', 'a');
  return Date.parse(String(send('HEAD', '/stamp-bucket/a.txt').headers?.['last-modified']));
}

test('with a scenario clock every write carries that time', () => {
  resetS3('2026-01-15T10:00:00Z');
  expect(lastModifiedOfNewObject()).toBe(Date.parse('2026-01-15T10:00:00Z'));
});

test('without a clock a write carries the time it happened, rounded up to the second', () => {
  resetS3();
  const before = Date.now();
  const stamped = lastModifiedOfNewObject();
  expect(stamped).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
  expect(stamped).toBeLessThanOrEqual(Date.now() + 1000);
  expect(stamped % 1000).toBe(0);
});
