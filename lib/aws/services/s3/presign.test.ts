// Presigned URLs equal botocore's generate_presigned_url (AWS CLI 2.9.19's botocore, clock fixed at
// 2026-12-01T12:00:00Z, AWS's example keys) byte for byte.
import { describe, expect, test } from 'vitest';
import { presignGetObject } from './presign';

const KEYS = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};
const now = new Date('2026-12-01T12:00:00Z');
const CRED = 'X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20261201%2F';

describe('presignGetObject', () => {
  test('virtual-hosted URL in us-east-1', () => {
    expect(
      presignGetObject({
        ...KEYS,
        bucket: 'my-bucket',
        key: 'a.txt',
        region: 'us-east-1',
        sessionToken: null,
        expiresIn: 3600,
        now,
      }),
    ).toBe(
      `https://my-bucket.s3.us-east-1.amazonaws.com/a.txt?${CRED}us-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261201T120000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=853e9b0e6d682d177b55eeeaacad5fb13e6f445ddc0a6e3457c3d89ffd93bd50`,
    );
  });
  test('a key with spaces, + and ? in eu-west-1', () => {
    expect(
      presignGetObject({
        ...KEYS,
        bucket: 'my-bucket',
        key: 'dir/hello world+?.txt',
        region: 'eu-west-1',
        sessionToken: null,
        expiresIn: 600,
        now,
      }),
    ).toBe(
      `https://my-bucket.s3.eu-west-1.amazonaws.com/dir/hello%20world%2B%3F.txt?${CRED}eu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20261201T120000Z&X-Amz-Expires=600&X-Amz-SignedHeaders=host&X-Amz-Signature=54301afb0e0744612f92e0dc925a6d3ebf3b989deae64b835073a2cfb496c780`,
    );
  });
  test('a bucket name that is not DNS-compatible goes in the path', () => {
    expect(
      presignGetObject({
        ...KEYS,
        bucket: 'My_Bucket',
        key: 'k',
        region: 'us-east-1',
        sessionToken: null,
        expiresIn: 60,
        now,
      }),
    ).toBe(
      `https://s3.us-east-1.amazonaws.com/My_Bucket/k?${CRED}us-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261201T120000Z&X-Amz-Expires=60&X-Amz-SignedHeaders=host&X-Amz-Signature=3a23ea937f7b2641468a7383243d7bfde7288e1cd9700c4f93d130fc1f9ed50a`,
    );
  });
  test('a session token is signed and listed after SignedHeaders', () => {
    expect(
      presignGetObject({
        ...KEYS,
        bucket: 'my-bucket',
        key: 'a.txt',
        region: 'us-east-1',
        sessionToken: 'FwoGZXIvYXdzEXAMPLETOKEN',
        expiresIn: 3600,
        now,
      }),
    ).toBe(
      `https://my-bucket.s3.us-east-1.amazonaws.com/a.txt?${CRED}us-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261201T120000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Security-Token=FwoGZXIvYXdzEXAMPLETOKEN&X-Amz-Signature=2c99d3a55a4454ea7156dd84218cb5f069279fa66aedc984c5545a394614b8b4`,
    );
  });
  test('without a region: the global endpoint, signed for us-east-1', () => {
    const url = presignGetObject({
      ...KEYS,
      bucket: 'my-bucket',
      key: 'a.txt',
      region: null,
      sessionToken: null,
      expiresIn: 3600,
      now,
    });
    expect(url).toMatch(/^https:\/\/my-bucket\.s3\.amazonaws\.com\/a\.txt\?.*%2Fus-east-1%2Fs3%2F/);
  });
});
