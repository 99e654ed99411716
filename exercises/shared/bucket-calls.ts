// Which `aws` calls touch the reports bucket, for the IAM Policies exercises' ranCommand checks.
import { awsWords, isAws } from '@/lib/grader';
import type { ExecutionRecord } from '@/lib/shell/types';
import { BUCKET } from './reports-account';

/** The value of a service option (`--bucket x` or `--bucket=x`): awsOption knows only the global ones. */
export function optionValue(words: string[], flag: string): string | undefined {
  const at = words.indexOf(flag);
  if (at >= 0) return words[at + 1];
  return words.find((w) => w.startsWith(`${flag}=`))?.slice(flag.length + 1);
}

/** An `aws` call that touches the reports bucket (s3 ls/cp or s3api on it). */
export function onBucket(r: ExecutionRecord): boolean {
  const words = r.argv.slice(1);
  if (isAws(r, 's3')) return words.some((w) => w === `s3://${BUCKET}` || w.startsWith(`s3://${BUCKET}/`));
  return isAws(r, 's3api') && optionValue(words, '--bucket') === BUCKET;
}
/** Reading an object of the bucket: `s3 cp s3://…/key DEST` or `s3api get-object`. */
export function reads(r: ExecutionRecord): boolean {
  if (!onBucket(r)) return false;
  if (isAws(r, 's3api', 'get-object')) return true;
  const source = awsWords(r.argv.slice(1)).positionals[2] ?? '';
  return isAws(r, 's3', 'cp') && source.startsWith(`s3://${BUCKET}/`);
}
/** Deleting an object of the bucket: `s3 rm s3://…/key` or `s3api delete-object`. */
export function deletes(r: ExecutionRecord): boolean {
  if (!onBucket(r)) return false;
  return isAws(r, 's3api', 'delete-object') || isAws(r, 's3', 'rm');
}
