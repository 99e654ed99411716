// aws s3 ls against the simulated account: buckets, prefixes, other users' buckets, regions.
import { describe, expect, test } from 'vitest';
import { aws, SAMPLE_KEYS } from '../../testing/run';

describe('aws s3 ls against the simulated account', () => {
  test('lists the buckets of the key owner in UTC, ignoring --output', async () => {
    const result = await aws(['s3', 'ls', '--output', 'json'], { env: SAMPLE_KEYS });
    expect(result).toMatchObject({
      stdout:
        '2024-03-01 09:30:00 sample-user-camera-uploads\n2024-05-17 14:02:11 sample-user-terraform-state\n',
      exitCode: 0,
    });
  });

  test('an owned bucket is empty (exit 0), a key prefix in it matches nothing (exit 1)', async () => {
    expect(await aws(['s3', 'ls', 's3://sample-user-camera-uploads'], { env: SAMPLE_KEYS })).toMatchObject({
      stdout: '',
      exitCode: 0,
    });
    expect(
      await aws(['s3', 'ls', 's3://sample-user-camera-uploads/photos/', '--summarize'], { env: SAMPLE_KEYS }),
    ).toMatchObject({ stdout: '\nTotal Objects: 0\n   Total Size: 0\n', exitCode: 1 });
  });

  test("another user's bucket is denied and an unknown one does not exist", async () => {
    expect((await aws(['s3', 'ls', 's3://example-1-reports'], { env: SAMPLE_KEYS })).stderr).toBe(
      '\nAn error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied\n',
    );
    expect(await aws(['s3', 'ls', 's3://nobody-has-this'], { env: SAMPLE_KEYS })).toMatchObject({
      stderr:
        '\nAn error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified bucket does not exist\n',
      exitCode: 254,
    });
  });

  test('a region that does not exist fails to connect, a malformed one fails before anything', async () => {
    expect((await aws(['s3', 'ls', '--region', 'mars-north-1'], { env: SAMPLE_KEYS })).stderr).toBe(
      '\nCould not connect to the endpoint URL: "https://s3.mars-north-1.amazonaws.com/"\n',
    );
    expect(await aws(['s3', 'ls', '--region', 'eu west'], {})).toMatchObject({
      stderr: "\nProvided region_name 'eu west' doesn't match a supported format.\n",
      exitCode: 255,
    });
  });
});
