// `aws s3api list-object-versions` (S3 API reference: ListObjectVersions): every version and delete marker,
// by key then newest first, with prefix, delimiter, MaxKeys and the KeyMarker / VersionIdMarker pair.
import { isoSeconds } from '../s3/store';
import { listVersions } from '../s3/versions';
import { bucketFor, listingInput, s3apiCommand, str } from './define';
import { S3_OWNER_ID, ownerName } from './list-buckets';

export const listObjectVersions = s3apiCommand('list-object-versions', {
  summary: 'Returns metadata about all versions of the objects in a bucket.',
  run(input, caller) {
    const bucket = bucketFor(input, caller, 'ListObjectVersions', 's3:ListBucketVersions');
    const listing = {
      ...listingInput(input),
      keyMarker: str(input.KeyMarker),
      versionIdMarker: str(input.VersionIdMarker),
    };
    const page = listVersions(bucket, listing);
    const owner = { DisplayName: ownerName(caller), ID: S3_OWNER_ID };
    const versions: Record<string, unknown>[] = [];
    const markers: Record<string, unknown>[] = [];
    for (const { key, entry, isLatest } of page.rows) {
      const common = { Key: key, VersionId: entry.versionId, IsLatest: isLatest };
      const LastModified = isoSeconds(new Date(entry.lastModified));
      if (entry.deleteMarker) markers.push({ Owner: owner, ...common, LastModified });
      else {
        const { etag: ETag, size: Size } = entry;
        versions.push({ ETag, Size, StorageClass: 'STANDARD', ...common, LastModified, Owner: owner });
      }
    }
    return {
      IsTruncated: page.next !== null,
      KeyMarker: listing.keyMarker,
      VersionIdMarker: listing.versionIdMarker,
      NextKeyMarker: page.next?.key,
      NextVersionIdMarker: page.next?.versionId,
      Versions: versions.length ? versions : undefined,
      DeleteMarkers: markers.length ? markers : undefined,
      Name: bucket.name,
      Prefix: listing.prefix,
      Delimiter: listing.delimiter || undefined,
      MaxKeys: listing.maxKeys,
      CommonPrefixes: page.prefixes.length ? page.prefixes.map((p) => ({ Prefix: p })) : undefined,
      EncodingType: 'url',
    };
  },
});
