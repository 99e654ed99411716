// Absolute POSIX paths as the shell, the simulated disk, the s3 commands and the graders all read them:
// `.`, `..` and repeated slashes collapsed (Python's os.path.normpath for absolute paths), no trailing slash.

/** The names along an absolute path, after `.`/`..`/`//` are collapsed (`..` at the root stays at the root). */
export function pathParts(path: string): string[] {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts;
}

/** `/a/./b//c/../d/` → `/a/b/d`. */
export const normalizePath = (path: string): string => '/' + pathParts(path).join('/');

/** `path` relative to the absolute `base` (os.path.abspath with `base` as the working directory). */
export const resolvePath = (base: string, path: string): string =>
  normalizePath(path.startsWith('/') ? path : `${base}/${path}`);
