// `--exclude` / `--include` as awscli applies them: fnmatch on the full path, patterns rooted at the source
// (and at the destination), every file included by default, the last matching filter wins.

/** Python's fnmatch.fnmatch on POSIX (case-sensitive; `*` also matches `/`). */
export function fnmatch(name: string, pattern: string): boolean {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') source += '.*';
    else if (c === '?') source += '.';
    else if (c === '[') {
      let j = i + 1;
      if (pattern[j] === '!') j++;
      if (pattern[j] === ']') j++;
      const end = pattern.indexOf(']', j);
      if (end < 0) source += '\\[';
      else {
        let body = pattern.slice(i + 1, end).replace(/\\/g, '\\\\');
        if (body.startsWith('!')) body = '^' + body.slice(1);
        else if (body.startsWith('^')) body = '\\' + body;
        source += `[${body}]`;
        i = end;
      }
    } else source += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^(?:${source})$`, 's').test(name);
}

export type FilterRule = ['exclude' | 'include', string];

/** The filter rules from the parsed options, in command-line order. */
export function filterRules(sequence: readonly [string, string][] | undefined): FilterRule[] {
  return (sequence ?? [])
    .filter(([flag]) => flag === '--exclude' || flag === '--include')
    .map(([flag, value]) => [flag.slice(2) as 'exclude' | 'include', value]);
}

/** A filter with the patterns rooted at the source and at the destination directories. */
export function createFilter(rules: FilterRule[], srcRoot: string, destRoot: string) {
  // os.path.join: an absolute pattern replaces the root.
  const join = (root: string, pattern: string) =>
    pattern.startsWith('/') ? pattern : root.endsWith('/') ? root + pattern : `${root}/${pattern}`;
  const pairs = rules.map(
    ([kind, pattern]) => [kind, join(srcRoot, pattern), join(destRoot, pattern)] as const,
  );
  return (path: string): boolean => {
    let included = true;
    for (const [kind, src, dest] of pairs) {
      if (fnmatch(path, src)) included = kind === 'include';
      if (fnmatch(path, dest)) included = kind === 'include';
    }
    return included;
  };
}
