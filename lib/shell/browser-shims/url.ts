// Browser stand-in for node:url (and Next's native-url polyfill): bundled modules need the URL class, which browsers
// have; a command's chunk imports the two file-URL helpers (for POSIX paths, as on the sandbox's Linux).
export const URL = globalThis.URL;

/** `file:///a%20b` → `/a b`. Throws, as Node does, for a URL that is not `file:`. */
export function fileURLToPath(url: string | URL): string {
  const parsed = typeof url === 'string' ? new URL(url) : url;
  if (parsed.protocol !== 'file:') throw new TypeError('The URL must be of scheme file');
  return decodeURIComponent(parsed.pathname);
}

/** `/a b` → `file:///a%20b`. */
export function pathToFileURL(path: string): URL {
  // `%` first, then the characters a pathname setter would not escape but would misread.
  const escaped = path
    .replace(/%/g, '%25')
    .replace(/\\/g, '%5C')
    .replace(/\n/g, '%0A')
    .replace(/\r/g, '%0D')
    .replace(/\t/g, '%09');
  const url = new URL('file://');
  url.pathname = escaped;
  return url;
}
