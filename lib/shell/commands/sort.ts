// GNU `sort` in the C/C.UTF-8 locale (byte order): -r -n -h -V -f -b -u -s -k -t -o -c, last-resort line compare.
import { defineCommand, type CustomCommand } from 'just-bash';
import { fail } from './command-result';
import { parseOptions, pathOf, q, readInputs, splitLines, usageError } from './gnu';

const SPEC = {
  flags: 'rnhVfbusdcCzgM',
  values: 'ktoS',
  long: {
    reverse: 'r',
    'numeric-sort': 'n',
    'human-numeric-sort': 'h',
    'version-sort': 'V',
    'ignore-case': 'f',
    'ignore-leading-blanks': 'b',
    unique: 'u',
    stable: 's',
    'dictionary-order': 'd',
    check: 'c',
    key: 'k',
    'field-separator': 't',
    output: 'o',
    'general-numeric-sort': 'g',
  },
  longValues: ['key', 'field-separator', 'output'],
  usageStatus: 2,
};

interface Key {
  startField: number;
  startChar: number;
  endField: number;
  endChar: number;
  opts: string;
}

function parseKey(text: string): Key | null {
  const m = /^(\d+)(?:\.(\d+))?([bdfgiMhnRrV]*)(?:,(\d+)(?:\.(\d+))?([bdfgiMhnRrV]*))?$/.exec(text);
  if (!m || m[1] === '0') return null;
  return {
    startField: Number(m[1]),
    startChar: Number(m[2] ?? 1),
    endField: m[4] ? Number(m[4]) : Infinity,
    endChar: Number(m[5] ?? 0),
    opts: (m[3] ?? '') + (m[6] ?? ''),
  };
}

/** Field boundaries as GNU sees them: with -t, split on it; otherwise a field starts at a run of blanks. */
function fields(line: string, sep: string | undefined): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (sep !== undefined) {
    let start = 0;
    for (;;) {
      const at = line.indexOf(sep, start);
      out.push({ start, end: at < 0 ? line.length : at });
      if (at < 0) return out;
      start = at + 1;
    }
  }
  const re = /[ \t]*[^ \t]+|[ \t]+$/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function keyText(line: string, key: Key, sep: string | undefined, blanks: boolean): string {
  const f = fields(line, sep);
  const sf = f[key.startField - 1];
  if (!sf) return '';
  let from = sf.start;
  if (blanks) while (from < sf.end && /[ \t]/.test(line[from] ?? '')) from++;
  from = Math.min(from + key.startChar - 1, sf.end);
  const ef = f[Math.min(key.endField, f.length) - 1];
  const to =
    key.endField === Infinity || !ef
      ? line.length
      : key.endChar
        ? Math.min(ef.start + key.endChar, ef.end)
        : ef.end;
  return line.slice(from, Math.max(from, to));
}

const number = (s: string) => {
  const m = /^\s*(-?\d*\.?\d*)/.exec(s);
  const n = Number(m?.[1]);
  return Number.isFinite(n) && m?.[1] !== '-' && m?.[1] !== '' ? n : 0;
};
const human = (s: string) => {
  const m = /^\s*(-?\d*\.?\d+)([KMGTPE]?)/.exec(s);
  return m ? Number(m[1]) * 1024 ** ' KMGTPE'.indexOf(m[2] || ' ') : 0;
};
const bytewise = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const version = (a: string, b: string) => {
  const split = (s: string) => s.match(/\d+|\D+/g) ?? [];
  const x = split(a);
  const y = split(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i] ?? '';
    const r = y[i] ?? '';
    const c = /^\d/.test(p) && /^\d/.test(r) ? Number(p) - Number(r) : bytewise(p, r);
    if (c) return c;
  }
  return x.length - y.length;
};

function compareBy(opts: string, a: string, b: string): number {
  if (opts.includes('b')) [a, b] = [a.trimStart(), b.trimStart()];
  if (opts.includes('d')) [a, b] = [a.replace(/[^\w\s]/g, ''), b.replace(/[^\w\s]/g, '')];
  if (opts.includes('f')) [a, b] = [a.toUpperCase(), b.toUpperCase()];
  if (opts.includes('n') || opts.includes('g')) return Math.sign(number(a) - number(b));
  if (opts.includes('h')) return Math.sign(human(a) - human(b));
  if (opts.includes('V')) return Math.sign(version(a, b));
  return bytewise(a, b);
}

export const sortCommand: CustomCommand = defineCommand('sort', async (args, ctx) => {
  const { parsed, error } = parseOptions('sort', args, SPEC);
  if (error) return error;
  const f = parsed.flags;
  const global = [...'nhVfbdg'].filter((c) => f.has(c)).join('');
  const sep = parsed.values.get('t')?.at(-1);
  if (sep !== undefined && sep.length !== 1) return usageError('sort', 'multi-character tab ' + q(sep), 2);
  const keys: Key[] = [];
  for (const spec of parsed.values.get('k') ?? []) {
    const key = parseKey(spec);
    if (!key) return fail(`sort: invalid number at field start: invalid count at start of ${q(spec)}`, 2);
    keys.push(key);
  }
  let stderr = '';
  const all: string[] = [];
  for (const input of await readInputs('sort', ctx, parsed.operands)) {
    if ('error' in input) stderr += `sort: cannot read: ${input.error.slice('sort: '.length)}`;
    else for (const line of splitLines(input.text)) all.push(line);
  }
  if (stderr) return fail(stderr, 2);
  const reverse = f.has('r');
  const keyCompare = (a: string, b: string) => {
    if (keys.length === 0) return compareBy(global, a, b);
    for (const key of keys) {
      const opts = key.opts.replace(/r/g, '') || global;
      const c = compareBy(
        opts,
        keyText(a, key, sep, opts.includes('b')),
        keyText(b, key, sep, opts.includes('b')),
      );
      if (c) return key.opts.includes('r') ? -c : c;
    }
    return 0;
  };
  const compare = (a: string, b: string) => {
    const c = keyCompare(a, b) || (f.has('s') || f.has('u') ? 0 : bytewise(a, b));
    return reverse ? -c : c;
  };
  if (f.has('c') || f.has('C')) {
    for (let i = 1; i < all.length; i++) {
      const prev = all[i - 1] ?? '';
      const line = all[i] ?? '';
      if (compare(prev, line) > 0 || (f.has('u') && compare(prev, line) === 0)) {
        if (f.has('C')) return { stdout: '', stderr: '', exitCode: 1 };
        return fail(`sort: ${parsed.operands[0] ?? '-'}:${i + 1}: disorder: ${line}`);
      }
    }
    return { stdout: '', stderr: '', exitCode: 0 };
  }
  let sorted = all
    .map((line, i) => ({ line, i }))
    .sort((x, y) => compare(x.line, y.line) || x.i - y.i)
    .map((x) => x.line);
  if (f.has('u')) sorted = sorted.filter((line, i) => i === 0 || keyCompare(sorted[i - 1] ?? '', line) !== 0);
  const out = sorted.map((l) => `${l}\n`).join('');
  const output = parsed.values.get('o')?.at(-1);
  if (output !== undefined) {
    await ctx.fs.writeFile(pathOf(ctx, output), out);
    return { stdout: '', stderr: '', exitCode: 0 };
  }
  return { stdout: out, stderr: '', exitCode: 0 };
});
