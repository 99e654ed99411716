// The hand-written digests agree with node:crypto on edge lengths (block boundaries) and known vectors.
import { createHash, createHmac } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { hmacSha256, md5, sha1, sha256, toHex } from './hash';

const LENGTHS = [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 100_000];
const text = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');

describe('digests', () => {
  test('md5 of the empty string is the empty-object ETag S3 documents', () => {
    expect(toHex(md5(''))).toBe('d41d8cd98f00b204e9800998ecf8427e');
  });
  test.each(LENGTHS)('md5, sha256 and sha1 of %i bytes match node:crypto', (n) => {
    const data = text(n);
    expect(toHex(md5(data))).toBe(createHash('md5').update(data).digest('hex'));
    expect(toHex(sha256(data))).toBe(createHash('sha256').update(data).digest('hex'));
    expect(toHex(sha1(data))).toBe(createHash('sha1').update(data).digest('hex'));
  });
  test('utf-8 text hashes its utf-8 bytes', () => {
    expect(toHex(md5('héllo ✓'))).toBe(createHash('md5').update('héllo ✓', 'utf8').digest('hex'));
  });
  test.each([1, 64, 100])('hmac-sha256 with a %i-byte key matches node:crypto', (n) => {
    const key = text(n);
    expect(toHex(hmacSha256(key, 'message'))).toBe(createHmac('sha256', key).update('message').digest('hex'));
  });
});
