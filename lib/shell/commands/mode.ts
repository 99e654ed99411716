// Octal and symbolic file modes (`755`, `u+x,go-w`, `=rwx,go=`) as chmod(1) and `mkdir -m` read them.

const WHO: Record<string, number> = { u: 0o4700, g: 0o2070, o: 0o1007, a: 0o7777 };

/**
 * The mode `text` turns `base` into, or null when it is not a mode. Without a `who` letter the umask's bits
 * are left alone (GNU: `+w` with umask 022 only adds the owner's w).
 */
export function applyMode(text: string, base: number, isDirectory: boolean, umask = 0o022): number | null {
  if (/^[0-7]{1,4}$/.test(text)) return parseInt(text, 8);
  let mode = base;
  for (const clause of text.split(',')) {
    const m = /^([ugoa]*)((?:[-+=][rwxXst]*|[-+=][ugo])+)$/.exec(clause);
    if (!m) return null;
    const who = m[1] ? [...(m[1] ?? '')].reduce((acc, c) => acc | (WHO[c] ?? 0), 0) : 0o7777 & ~umask;
    const explicitWho = (m[1] ?? '') !== '';
    for (const action of (m[2] ?? '').match(/[-+=][^-+=]*/g) ?? []) {
      const op = action[0];
      const perms = action.slice(1);
      let bits = 0;
      if (/^[ugo]$/.test(perms)) {
        const shift = perms === 'u' ? 6 : perms === 'g' ? 3 : 0;
        const v = (mode >> shift) & 7;
        bits = (v << 6) | (v << 3) | v;
      } else {
        for (const p of perms) {
          if (p === 'r') bits |= 0o444;
          if (p === 'w') bits |= 0o222;
          if (p === 'x' || (p === 'X' && (isDirectory || (mode & 0o111) !== 0))) bits |= 0o111;
          if (p === 's') bits |= 0o6000;
          if (p === 't') bits |= 0o1000;
        }
      }
      const mask = explicitWho ? who : 0o7777;
      const effective = bits & who;
      if (op === '+') mode |= effective;
      else if (op === '-') mode &= ~effective;
      else mode = (mode & ~(mask & 0o7777)) | effective;
    }
  }
  return mode & 0o7777;
}
