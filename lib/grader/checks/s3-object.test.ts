// The s3Object check over snapshots whose account holds (or lacks) the object.
import { describe, expect, test } from 'vitest';
import { defaultAccount } from '../../aws/default-account';
import { putObject } from '../../aws/services/s3/store';
import type { SimulatedAccount } from '../../aws/types';
import { createGradeState } from '../state';
import { makeSnapshot } from '../testing/snapshot';
import { s3Object } from './s3-object';

function state(change: (account: SimulatedAccount) => void) {
  const account = structuredClone(defaultAccount);
  change(account);
  return createGradeState({ ...makeSnapshot(), account });
}

const withObject = (name: string, key: string, text: string, region?: string) => (a: SimulatedAccount) => {
  const bucket = { name, creationDate: '2026-01-01T00:00:00+00:00', ...(region ? { region } : {}) };
  a.buckets!.push(bucket);
  putObject(a, bucket, key, new TextEncoder().encode(text));
};

describe('s3Object', () => {
  const check = s3Object({
    id: 'o',
    label: 'notes uploaded',
    bucket: 'my-notes',
    key: 'notes.txt',
    content: 'hello\n',
    region: 'eu-west-1',
  });

  test('passes when the object holds the content in the right bucket and region', async () => {
    expect(await check.run(state(withObject('my-notes', 'notes.txt', 'hello\n', 'eu-west-1')))).toEqual({
      pass: true,
    });
  });

  test('a missing bucket names the mb command with the region', async () => {
    expect(await check.run(state(() => {}))).toEqual({
      pass: false,
      message: 'There is no bucket `my-notes` yet: `aws s3 mb s3://my-notes --region eu-west-1`.',
    });
  });

  test('a bucket in another region is reported', async () => {
    const outcome = await check.run(state(withObject('my-notes', 'notes.txt', 'hello\n')));
    expect(outcome).toMatchObject({
      pass: false,
      message: expect.stringContaining('is in us-east-1, not eu-west-1'),
    });
  });

  test('a missing key lists what the bucket has', async () => {
    expect(await check.run(state(withObject('my-notes', 'other.txt', 'x', 'eu-west-1')))).toEqual({
      pass: false,
      message:
        '`s3://my-notes/notes.txt` does not exist yet (it has `other.txt`): upload it with `aws s3 cp FILE s3://my-notes/notes.txt`.',
    });
  });

  test('wrong content shows what the object holds', async () => {
    expect(await check.run(state(withObject('my-notes', 'notes.txt', 'bye\n', 'eu-west-1')))).toEqual({
      pass: false,
      message:
        '`s3://my-notes/notes.txt` exists but holds "bye\\n", not the expected content: upload the right file again.',
    });
  });

  test('without a bucket, any bucket with a matching object passes; a pattern may stand for the content', async () => {
    const anywhere = s3Object({ id: 'a', label: 'a report', key: 'report.csv', content: /^id,total\n/ });
    expect(await anywhere.run(state(withObject('b1', 'report.csv', 'id,total\n1,2\n')))).toEqual({
      pass: true,
    });
    expect(await anywhere.run(state(() => {}))).toEqual({
      pass: false,
      message: 'No bucket has an object `report.csv` yet: upload it with `aws s3 cp`.',
    });
  });
});
