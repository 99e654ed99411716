// Check: an S3 object exists in the simulated account with this content (optionally in this bucket and region).
import { bucketRegion, objectBytes } from '../../aws/services/s3/store';
import type { SimulatedBucket } from '../../aws/types';
import type { Check } from '../types';

export interface S3ObjectOptions {
  id: string;
  label: string;
  key: string;
  /** The exact text, or a pattern the text must match. */
  content: string | RegExp;
  /** The bucket it must be in; any bucket of the account when omitted. */
  bucket?: string;
  /** The region that bucket must be in. */
  region?: string;
}

const preview = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

function matches(text: string, content: string | RegExp): boolean {
  return typeof content === 'string'
    ? text === content
    : new RegExp(content.source, content.flags.replace('g', '')).test(text);
}

export function s3Object({ id, label, key, content, bucket, region }: S3ObjectOptions): Check {
  return {
    id,
    label,
    run(state) {
      const buckets = state.account.buckets ?? [];
      let candidates: SimulatedBucket[] = buckets;
      if (bucket !== undefined) {
        const found = buckets.find((b) => b.name === bucket);
        if (!found) {
          const flag = region && region !== 'us-east-1' ? ` --region ${region}` : '';
          return {
            pass: false,
            message: `There is no bucket \`${bucket}\` yet: \`aws s3 mb s3://${bucket}${flag}\`.`,
          };
        }
        if (region !== undefined && bucketRegion(found) !== region) {
          return {
            pass: false,
            message: `Bucket \`${bucket}\` is in ${bucketRegion(found)}, not ${region}: remove it (\`aws s3 rb s3://${bucket} --force\`) and make it again with \`--region ${region}\`.`,
          };
        }
        candidates = [found];
      }
      const holding = candidates.filter((b) => b.objects?.[key] !== undefined);
      if (!holding.length) {
        if (bucket === undefined)
          return {
            pass: false,
            message: `No bucket has an object \`${key}\` yet: upload it with \`aws s3 cp\`.`,
          };
        const others = Object.keys(candidates[0]!.objects ?? {}).sort();
        const has = others.length
          ? ` (it has ${others
              .slice(0, 5)
              .map((k) => `\`${k}\``)
              .join(', ')}${others.length > 5 ? ', …' : ''})`
          : '';
        return {
          pass: false,
          message: `\`s3://${bucket}/${key}\` does not exist yet${has}: upload it with \`aws s3 cp FILE s3://${bucket}/${key}\`.`,
        };
      }
      for (const b of holding) {
        const text = new TextDecoder().decode(objectBytes(b.objects![key]!));
        if (matches(text, content)) return { pass: true };
      }
      const first = holding[0]!;
      const text = new TextDecoder().decode(objectBytes(first.objects![key]!));
      return {
        pass: false,
        message: `\`s3://${first.name}/${key}\` exists but holds ${preview(text)}, not the expected content: upload the right file again.`,
      };
    },
  };
}
