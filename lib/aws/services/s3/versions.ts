// S3 Versioning over a bucket's objects (https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html):
// writes keep the old current version when Enabled, replace the null version when Suspended; a simple delete
// adds a delete marker; a version can be read or deleted by its ID.
import type { SimulatedBucket, SimulatedObject, SimulatedObjectVersion } from '../../types';
import { sha256 } from './hash';

/** The ID S3 gives versions written while versioning was off or Suspended. */
export const NULL_VERSION = 'null';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._';

/**
 * A new version ID (32 URL-safe characters, as S3's look), derived from the bucket, key, time of the write
 * and the IDs the key already has, so that the simulator and the recording stub give the same IDs.
 */
export function versionIdFor(bucket: string, key: string, time: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const seconds = Math.floor(Date.parse(time) / 1000);
  for (let n = 0; ; n++) {
    const bytes = sha256(`${bucket}/${key}@${seconds}#${n}`);
    const id = Array.from(bytes, (b) => ALPHABET[b & 63]).join('');
    if (!used.has(id)) return id;
  }
}

/** A current object's version ID (`null` when it was written unversioned). */
export const idOf = (object: { versionId?: string }) => object.versionId ?? NULL_VERSION;

function history(bucket: SimulatedBucket, key: string): SimulatedObjectVersion[] {
  return bucket.versions?.[key] ?? [];
}

function setHistory(bucket: SimulatedBucket, key: string, entries: SimulatedObjectVersion[]): void {
  if (entries.length) (bucket.versions ??= {})[key] = entries;
  else if (bucket.versions) delete bucket.versions[key];
}

/** The current object as a version entry. */
const asVersion = (object: SimulatedObject): SimulatedObjectVersion => {
  const { versions: _legacy, ...rest } = object;
  return { ...rest, versionId: idOf(object) };
};

/** The key's older entries plus its current object, before a new current one goes on top. */
function previousEntries(bucket: SimulatedBucket, key: string): SimulatedObjectVersion[] {
  const current = bucket.objects?.[key];
  const entries = history(bucket, key);
  const all = current ? [asVersion(current), ...entries] : [...entries];
  // Suspended: the new write or marker is the null version, which replaces any older one.
  return bucket.versioning === 'Suspended' ? all.filter((v) => v.versionId !== NULL_VERSION) : all;
}

/** Stores `object` as the key's current version (PutObject); returns it with its version ID set. */
export function storeVersion(bucket: SimulatedBucket, key: string, object: SimulatedObject): SimulatedObject {
  bucket.objects ??= {};
  if (bucket.versioning) {
    const older = previousEntries(bucket, key);
    if (bucket.versioning === 'Enabled') {
      object.versionId = versionIdFor(
        bucket.name,
        key,
        object.lastModified,
        older.map((v) => v.versionId),
      );
    }
    setHistory(bucket, key, older);
  }
  bucket.objects[key] = object;
  return object;
}

/** What a delete did: the marker it added or the version it removed (DeleteObject's response headers). */
export interface DeleteOutcome {
  deleteMarker?: true;
  versionId?: string;
}

/** A simple DELETE (no version ID): removes the object, or adds a delete marker in a versioned bucket. */
export function deleteCurrent(bucket: SimulatedBucket, key: string, time: string): DeleteOutcome {
  if (!bucket.versioning) {
    if (bucket.objects) delete bucket.objects[key];
    return {};
  }
  const older = previousEntries(bucket, key);
  const versionId =
    bucket.versioning === 'Enabled'
      ? versionIdFor(
          bucket.name,
          key,
          time,
          older.map((v) => v.versionId),
        )
      : NULL_VERSION;
  setHistory(bucket, key, [{ versionId, lastModified: time, deleteMarker: true }, ...older]);
  if (bucket.objects) delete bucket.objects[key];
  return { deleteMarker: true, versionId };
}

/** One version of a key by ID: the current object, a noncurrent version, a delete marker, or none. */
export function findVersion(
  bucket: SimulatedBucket,
  key: string,
  versionId: string,
): SimulatedObjectVersion | undefined {
  const current = bucket.objects?.[key];
  if (current && idOf(current) === versionId) return asVersion(current);
  return history(bucket, key).find((v) => v.versionId === versionId);
}

/** Deletes one version for good; the newest remaining one becomes current (a marker keeps the key deleted). */
export function deleteVersion(bucket: SimulatedBucket, key: string, versionId: string): DeleteOutcome {
  const current = bucket.objects?.[key];
  const entries = history(bucket, key);
  const removed = findVersion(bucket, key, versionId);
  if (!removed) return { versionId };
  if (current && idOf(current) === versionId) delete bucket.objects![key];
  const rest = entries.filter((v) => v.versionId !== versionId);
  const next = rest[0];
  if (!bucket.objects?.[key] && next && !next.deleteMarker) {
    const { versionId: id, deleteMarker: _marker, ...object } = next;
    (bucket.objects ??= {})[key] = id === NULL_VERSION ? object : { ...object, versionId: id };
    rest.shift();
  }
  setHistory(bucket, key, rest);
  return removed.deleteMarker ? { deleteMarker: true, versionId } : { versionId };
}

/** Every version of a key, newest first, the first one flagged latest (ListObjectVersions). */
export function versionsOf(
  bucket: SimulatedBucket,
  key: string,
): { entry: SimulatedObjectVersion; isLatest: boolean }[] {
  const current = bucket.objects?.[key];
  const all = current ? [asVersion(current), ...history(bucket, key)] : history(bucket, key);
  return all.map((entry, i) => ({ entry, isLatest: i === 0 }));
}

/** True while any object, noncurrent version or delete marker is left (DeleteBucket needs none). */
export function hasAnyVersion(bucket: SimulatedBucket): boolean {
  return Object.keys(bucket.objects ?? {}).length > 0 || Object.keys(bucket.versions ?? {}).length > 0;
}

/** The parameters of a ListObjectVersions page. */
export interface VersionListing {
  prefix: string;
  delimiter: string;
  maxKeys: number;
  keyMarker: string;
  versionIdMarker: string;
}

/** One page of ListObjectVersions: entries by key then newest first, common prefixes, and where to go on. */
export interface VersionPage {
  rows: { key: string; entry: SimulatedObjectVersion; isLatest: boolean }[];
  prefixes: string[];
  /** NextKeyMarker / NextVersionIdMarker when truncated (a common prefix has no version ID). */
  next: { key: string; versionId?: string } | null;
}

/**
 * ListObjectVersions' walk (API_ListObjectVersions): keys after KeyMarker (or that key's versions after
 * VersionIdMarker), each version and delete marker and each common prefix counting toward MaxKeys.
 */
export function listVersions(bucket: SimulatedBucket, p: VersionListing): VersionPage {
  const keys = [...new Set([...Object.keys(bucket.objects ?? {}), ...Object.keys(bucket.versions ?? {})])]
    .filter((k) => k.startsWith(p.prefix) && k >= p.keyMarker)
    .sort(compare);
  const page: VersionPage = { rows: [], prefixes: [], next: null };
  let last: VersionPage['next'] = null;
  const full = () => page.rows.length + page.prefixes.length >= p.maxKeys;
  for (const key of keys) {
    // A marker that is a common prefix skips every key under it.
    if (p.keyMarker && p.delimiter && p.keyMarker.endsWith(p.delimiter) && key.startsWith(p.keyMarker))
      continue;
    const at = p.delimiter ? key.indexOf(p.delimiter, p.prefix.length) : -1;
    if (at >= 0) {
      const common = key.slice(0, at + p.delimiter.length);
      if (page.prefixes.includes(common) || (key === p.keyMarker && !p.versionIdMarker)) continue;
      if (full()) return { ...page, next: last };
      page.prefixes.push(common);
      last = { key: common };
      continue;
    }
    let entries = versionsOf(bucket, key);
    if (key === p.keyMarker) {
      if (!p.versionIdMarker) continue;
      entries = entries.slice(entries.findIndex(({ entry }) => entry.versionId === p.versionIdMarker) + 1);
    }
    for (const { entry, isLatest } of entries) {
      if (full()) return { ...page, next: last };
      page.rows.push({ key, entry, isLatest });
      last = { key, versionId: entry.versionId };
    }
  }
  return page;
}

/** UTF-8 byte order of keys (for BMP text, code point order), as S3 lists them. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
