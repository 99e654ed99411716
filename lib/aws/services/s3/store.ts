// The account's buckets and objects: lookup, the simulated clock, object bytes (base64) and ETags.
import type { SimulatedAccount, SimulatedBucket, SimulatedObject } from '../../types';
import { md5, toHex } from './hash';
import { storeVersion } from './versions';

/**
 * The buckets a caller may see: the account's, except buckets that came from an old saved state
 * (`owner` set by normalizeAccount), which stay visible only to the user who had them.
 */
export function visibleBuckets(account: SimulatedAccount, owner: string | null): SimulatedBucket[] {
  return (account.buckets ?? []).filter((b) => b.owner === undefined || b.owner === owner);
}

/** The account's bucket list (normalizeAccount creates it for old saved states). */
export function accountBuckets(account: SimulatedAccount): SimulatedBucket[] {
  account.buckets ??= [];
  return account.buckets;
}

/** How a bucket name resolves for a caller: visible, someone else's (legacy state), or none. */
export type BucketLookup =
  { kind: 'found'; bucket: SimulatedBucket } | { kind: 'forbidden' } | { kind: 'missing' };

export function lookupBucket(account: SimulatedAccount, owner: string | null, name: string): BucketLookup {
  const bucket = (account.buckets ?? []).find((b) => b.name === name);
  if (!bucket) return { kind: 'missing' };
  if (bucket.owner !== undefined && bucket.owner !== owner) return { kind: 'forbidden' };
  return { kind: 'found', bucket };
}

/**
 * The time of a write, in whole seconds as S3 stores LastModified: the account's clock, else the real one
 * rounded up (a real upload ends after the file was written, so an object is never older than its source
 * file and `sync` does not upload it again).
 */
export function now(account: SimulatedAccount): Date {
  if (account.clock) return new Date(Math.floor(Date.parse(account.clock) / 1000) * 1000);
  return new Date(Math.ceil(Date.now() / 1000) * 1000);
}

/** `2024-03-01T09:30:00+00:00`, the way the model stores dates. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function objectBytes(object: SimulatedObject): Uint8Array {
  return base64ToBytes(object.body);
}

/** S3's ETag of a single-part upload: the quoted hex MD5 of the bytes. */
export function etagOf(bytes: Uint8Array): string {
  return `"${toHex(md5(bytes))}"`;
}

/** Stores an object as the key's current version (replacing it unless the bucket is versioned); returns it. */
export function putObject(
  account: SimulatedAccount,
  bucket: SimulatedBucket,
  key: string,
  bytes: Uint8Array,
  contentType?: string,
): SimulatedObject {
  const object: SimulatedObject = {
    body: bytesToBase64(bytes),
    etag: etagOf(bytes),
    size: bytes.length,
    lastModified: isoSeconds(now(account)),
    ...(contentType ? { contentType } : {}),
  };
  return storeVersion(bucket, key, object);
}

/** The keys of a bucket in S3's listing order (UTF-8 binary order), optionally under a prefix. */
export function sortedKeys(bucket: SimulatedBucket, prefix = ''): string[] {
  return Object.keys(bucket.objects ?? {})
    .filter((key) => key.startsWith(prefix))
    .sort(compareKeys);
}

/** UTF-8 byte order (what S3 lists in); for BMP text it equals code point order. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * AWS's bucket naming rules (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html):
 * 3–63 characters, lower-case letters, digits, dots and hyphens, starting and ending with a letter or digit,
 * no `..`, not an IP address, not `xn--…`, `sthree-…` or `…-s3alias` / `…--ol-s3`.
 */
export function isValidBucketName(name: string): boolean {
  return (
    /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(name) &&
    !name.includes('..') &&
    !/^\d+\.\d+\.\d+\.\d+$/.test(name) &&
    !/^(xn--|sthree-)/.test(name) &&
    !/(-s3alias|--ol-s3)$/.test(name)
  );
}

/** The region a bucket lives in (`us-east-1` when unset). */
export function bucketRegion(bucket: SimulatedBucket): string {
  return bucket.region ?? 'us-east-1';
}
