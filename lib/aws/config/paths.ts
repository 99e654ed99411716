// Path handling of the CLI's file settings: Python's os.path.expandvars + expanduser, then cwd.

/** Expands `$VAR`, `${VAR}` (unknown ones stay as written) and a leading `~` like Python does. */
export function expandPath(path: string, env: Record<string, string>): string {
  const withVars = path.replace(/\$(\w+|\{[^}]*\})/g, (whole, name: string) => {
    const key = name.startsWith('{') ? name.slice(1, -1) : name;
    return Object.prototype.hasOwnProperty.call(env, key) ? env[key]! : whole;
  });
  if (withVars === '~' || withVars.startsWith('~/')) {
    const home = env.HOME ?? '/home/learner';
    const rest = withVars.slice(1);
    return home === '/' ? rest || '/' : home.replace(/\/+$/, '') + rest;
  }
  return withVars;
}

/** An absolute, normalised path for the file system, resolving a relative path against cwd. */
export function absolutePath(path: string, cwd: string): string {
  const joined = path.startsWith('/') ? path : `${cwd.replace(/\/+$/, '')}/${path}`;
  const parts: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** The directory part of a path, as Python's os.path.split()[0]. */
export function dirname(path: string): string {
  const at = path.lastIndexOf('/');
  if (at < 0) return '';
  if (at === 0) return '/';
  return path.slice(0, at);
}
