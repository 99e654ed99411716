// Check: a bucket (or one prefix of it) holds exactly these object keys, nothing missing and nothing extra.
import { sortedKeys } from '../../aws/services/s3/store';
import type { Check } from '../types';

export interface S3KeysOptions {
  id: string;
  label: string;
  bucket: string;
  /** Only keys under this prefix are compared (default: the whole bucket). */
  prefix?: string;
  /** The exact keys expected (full keys, prefix included), in any order. */
  keys: string[];
}

const list = (keys: string[]) => {
  const shown = keys.slice(0, 4).map((k) => `\`${k}\``);
  return keys.length > 4 ? `${shown.join(', ')} and ${keys.length - 4} more` : shown.join(', ');
};

/** The check: missing keys are reported first (what to upload), then extra ones (what to remove). */
export function s3Keys({ id, label, bucket, prefix = '', keys }: S3KeysOptions): Check {
  const expected = [...new Set(keys)].sort();
  return {
    id,
    label,
    run(state) {
      const found = (state.account.buckets ?? []).find((b) => b.name === bucket);
      if (!found) return { pass: false, message: `There is no bucket \`${bucket}\`.` };
      const actual = sortedKeys(found, prefix);
      const where = `s3://${bucket}/${prefix}`;
      if (!actual.length)
        return { pass: false, message: `\`${where}\` holds no objects yet: expected ${list(expected)}.` };
      const missing = expected.filter((k) => !actual.includes(k));
      const extra = actual.filter((k) => !expected.includes(k));
      if (missing.length) {
        const also = extra.length ? ` (it has ${list(extra)} instead)` : '';
        return { pass: false, message: `\`${where}\` is missing ${list(missing)}${also}.` };
      }
      if (extra.length)
        return {
          pass: false,
          message: `\`${where}\` should not hold ${list(extra)}: remove ${extra.length === 1 ? 'it' : 'them'} with \`aws s3 rm\`.`,
        };
      return { pass: true };
    },
  };
}
