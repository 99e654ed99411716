// `aws s3api list-objects-v2` (S3 API reference: ListObjectsV2): prefix, delimiter, MaxKeys, continuation.
import { isoSeconds, sortedKeys } from '../s3/store';
import { bucketFor, listingInput, s3apiCommand, str } from './define';

export const listObjectsV2 = s3apiCommand('list-objects-v2', {
  summary: 'Returns some or all (up to 1,000) of the objects in a bucket.',
  run(input, caller) {
    const bucket = bucketFor(input, caller, 'ListObjectsV2', 's3:ListBucket');
    const { prefix, delimiter, maxKeys } = listingInput(input);
    const after = str(input.ContinuationToken) || str(input.StartAfter);
    const contents: Record<string, unknown>[] = [];
    const prefixes: string[] = [];
    let truncated = false;
    let last = '';
    for (const key of sortedKeys(bucket, prefix).filter((k) => k > after)) {
      const at = delimiter ? key.indexOf(delimiter, prefix.length) : -1;
      const common = at >= 0 ? key.slice(0, at + delimiter.length) : null;
      if (common !== null && prefixes.includes(common)) continue;
      if (contents.length + prefixes.length >= maxKeys) {
        truncated = true;
        break;
      }
      if (common !== null) {
        prefixes.push(common);
        last = `${common}\uffff`;
      } else {
        const object = bucket.objects![key]!;
        contents.push({
          Key: key,
          LastModified: isoSeconds(new Date(object.lastModified)),
          ETag: object.etag,
          Size: object.size,
          StorageClass: 'STANDARD',
        });
        last = key;
      }
    }
    return {
      IsTruncated: truncated,
      Contents: contents.length ? contents : undefined,
      Name: bucket.name,
      Prefix: prefix,
      Delimiter: delimiter || undefined,
      MaxKeys: maxKeys,
      CommonPrefixes: prefixes.length ? prefixes.map((p) => ({ Prefix: p })) : undefined,
      EncodingType: 'url',
      KeyCount: contents.length + prefixes.length,
      ContinuationToken: input.ContinuationToken,
      NextContinuationToken: truncated ? last : undefined,
      StartAfter: input.StartAfter,
    };
  },
});
