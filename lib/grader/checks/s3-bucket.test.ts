// The s3Bucket check: region, versioning, public access block, and a bucket that must be gone.
import { describe, expect, test } from 'vitest';
import { defaultAccount } from '../../aws/default-account';
import type { SimulatedBucket } from '../../aws/types';
import { createGradeState } from '../state';
import { makeSnapshot } from '../testing/snapshot';
import { s3Bucket } from './s3-bucket';

function state(bucket?: Partial<SimulatedBucket>) {
  const account = structuredClone(defaultAccount);
  if (bucket) account.buckets!.push({ name: 'b1', creationDate: '2026-01-01T00:00:00+00:00', ...bucket });
  return createGradeState({ ...makeSnapshot(), account });
}
const ALL = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true,
};

describe('s3Bucket', () => {
  const region = s3Bucket({ id: 'r', label: 'in Paris', bucket: 'b1', region: 'eu-west-3' });
  test('region: missing bucket, wrong region, right region', async () => {
    expect(await region.run(state())).toEqual({
      pass: false,
      message: 'There is no bucket `b1` yet: `aws s3 mb s3://b1 --region eu-west-3`.',
    });
    expect(await region.run(state({}))).toMatchObject({
      pass: false,
      message: expect.stringContaining('Bucket `b1` is in us-east-1, not eu-west-3'),
    });
    expect(await region.run(state({ region: 'eu-west-3' }))).toEqual({ pass: true });
  });

  const locked = s3Bucket({
    id: 'v',
    label: 'v',
    bucket: 'b1',
    versioning: 'Enabled',
    blocksPublicAccess: true,
  });
  test('versioning and the public access block', async () => {
    expect(await locked.run(state({ publicAccessBlock: ALL }))).toMatchObject({
      message: expect.stringContaining('Versioning of `b1` is never enabled; expected Enabled'),
    });
    expect(await locked.run(state({ versioning: 'Suspended', publicAccessBlock: ALL }))).toMatchObject({
      message: expect.stringContaining('Versioning of `b1` is Suspended'),
    });
    expect(await locked.run(state({ versioning: 'Enabled' }))).toEqual({
      pass: false,
      message: '`b1` has no public access block yet: `aws s3api put-public-access-block`.',
    });
    expect(
      await locked.run(
        state({ versioning: 'Enabled', publicAccessBlock: { ...ALL, IgnorePublicAcls: false } }),
      ),
    ).toMatchObject({ message: expect.stringContaining('leaves `IgnorePublicAcls` false') });
    expect(await locked.run(state({ versioning: 'Enabled', publicAccessBlock: ALL }))).toEqual({
      pass: true,
    });
  });

  const gone = s3Bucket({ id: 'g', label: 'gone', bucket: 'b1', exists: false });
  test('a bucket that must be gone', async () => {
    expect(await gone.run(state())).toEqual({ pass: true });
    expect(await gone.run(state({ objects: {} }))).toEqual({
      pass: false,
      message: 'Bucket `b1` still exists: `aws s3 rb s3://b1 --force` empties and removes it.',
    });
    const object = { body: '', etag: '"x"', size: 0, lastModified: '2026-01-01T00:00:00+00:00' };
    expect(await gone.run(state({ objects: { a: object, b: object } }))).toMatchObject({
      message: expect.stringContaining('still exists and still holds 2 objects'),
    });
  });
});
