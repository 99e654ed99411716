// The CLI's `file://` parameter values: the named file's text replaces the value.
import type { AwsFileSystem } from '../types';
import { generalError, EXIT } from '../cli/errors';
import { absolutePath, expandPath } from '../config/paths';

/** Resolves `file://PATH` (relative to cwd, `~` and `$VAR` expanded); other values pass through. */
export async function loadParamValue(
  option: string,
  value: string,
  fs: AwsFileSystem,
  env: Record<string, string>,
  cwd: string,
): Promise<string> {
  if (!value.startsWith('file://')) return value;
  const path = expandPath(value.slice('file://'.length), env);
  const absolute = absolutePath(path, cwd);
  const text = await fs.readFile(absolute);
  if (text === null) {
    // open('') fails with ENOENT even though the cwd exists.
    const isDirectory = path !== '' && (await fs.exists(absolute));
    const reason = isDirectory ? '[Errno 21] Is a directory' : '[Errno 2] No such file or directory';
    throw generalError(
      `Error parsing parameter '${option}': Unable to load paramfile ${value}: ${reason}: '${path}'`,
      EXIT.usage,
    );
  }
  return text;
}
