// Path rules of the s3 commands: `s3://bucket/key` splitting, local paths as the CLI prints them, sizes.
import { resolvePath } from '../../../posix-path';

/** `bucket/key` (without `s3://`) split at the first slash. */
export function splitBucketKey(path: string): { bucket: string; key: string } {
  const at = path.indexOf('/');
  return at < 0 ? { bucket: path, key: '' } : { bucket: path.slice(0, at), key: path.slice(at + 1) };
}

export const isS3 = (path: string) => path.startsWith('s3://');

/** os.path.abspath relative to cwd. */
export const absolute = (path: string, cwd: string): string => resolvePath(cwd, path);

export function dirname(path: string): string {
  const at = path.lastIndexOf('/');
  return at <= 0 ? '/' : path.slice(0, at);
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** os.path.relpath for absolute paths. */
function relpath(path: string, start: string): string {
  const a = path.split('/').filter(Boolean);
  const b = start.split('/').filter(Boolean);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  const parts = [...b.slice(common).map(() => '..'), ...a.slice(common)];
  return parts.length ? parts.join('/') : '.';
}

/** How transfer lines name a local file: `./a.txt`, `dir/b.txt`, `../x` (awscli's relative_path). */
export function displayLocal(path: string, cwd: string): string {
  return `${relpath(dirname(path), cwd)}/${basename(path)}`;
}

const UNITS = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];

/** awscli's human_readable_size: `1 Byte`, `10 Bytes`, `1.0 KiB`. */
export function humanSize(value: number): string {
  if (value === 1) return '1 Byte';
  if (value < 1024) return `${Math.trunc(value)} Bytes`;
  for (let i = 0; i < UNITS.length; i++) {
    const unit = 1024 ** (i + 2);
    if (Math.round((value / unit) * 1024) < 1024) return `${((1024 * value) / unit).toFixed(1)} ${UNITS[i]}`;
  }
  return `${((1024 * value) / 1024 ** (UNITS.length + 1)).toFixed(1)} EiB`;
}
