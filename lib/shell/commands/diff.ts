// GNU `diff`: normal format by default, -u/-U unified, -q, -i -w -b, `-` for stdin, exit 0/1/2.
import { defineCommand, type CustomCommand, type ResolvedCommandContext } from 'just-bash';
import { fail } from './command-result';
import { lastComponent, parseOptions, pathOf, q, readTextFile, statOrNull } from './gnu';
import { decodeUtf8 } from '../bytes';

/** Largest LCS table (cells) diff builds. */
const MAX_CELLS = 4_000_000;

type Op = { kind: '=' | '-' | '+'; a: number; b: number };

/** Edit script by longest common subsequence (deletions before insertions in a change). */
function editScript(a: string[], b: string[], key: (s: string) => string): Op[] {
  const ka = a.map(key);
  const kb = b.map(key);
  let start = 0;
  while (start < a.length && start < b.length && ka[start] === kb[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && ka[endA - 1] === kb[endB - 1]) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  // Past a few million cells the table would not fit: report the middle as one change (not minimal).
  const big = (n + 1) * (m + 1) > MAX_CELLS;
  const lcs: Uint32Array[] = Array.from({ length: big ? 0 : n + 1 }, () => new Uint32Array(m + 1));
  for (let i = big ? -1 : n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] =
        ka[start + i] === kb[start + j]
          ? lcs[i + 1]![j + 1]! + 1
          : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const ops: Op[] = [];
  for (let i = 0; i < start; i++) ops.push({ kind: '=', a: i, b: i });
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (big) {
      if (i < n) ops.push({ kind: '-', a: start + i++, b: start });
      else ops.push({ kind: '+', a: start + n, b: start + j++ });
    } else if (i < n && j < m && ka[start + i] === kb[start + j]) {
      ops.push({ kind: '=', a: start + i++, b: start + j++ });
    } else if (i < n && (j >= m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      ops.push({ kind: '-', a: start + i++, b: start + j });
    } else ops.push({ kind: '+', a: start + i, b: start + j++ });
  }
  for (let k = 0; k < a.length - endA; k++) ops.push({ kind: '=', a: endA + k, b: endB + k });
  return ops;
}

interface Side {
  name: string;
  lines: string[];
  /** The text ends without a newline. */
  noEol: boolean;
}

function side(name: string, text: string): Side {
  const lines = text === '' ? [] : text.split('\n');
  const noEol = text !== '' && !text.endsWith('\n');
  if (!noEol) lines.pop();
  return { name, lines, noEol };
}

const NO_EOL = '\\ No newline at end of file\n';

function line(s: Side, index: number, prefix: string): string {
  const eol = s.noEol && index === s.lines.length - 1 ? `\n${NO_EOL}` : '\n';
  return `${prefix}${s.lines[index]}${eol}`;
}

const range = (from: number, to: number) => (to > from ? `${from + 1},${to + 1}` : `${from + 1}`);

function normal(ops: Op[], a: Side, b: Side): string {
  let out = '';
  for (let k = 0; k < ops.length;) {
    if (ops[k]!.kind === '=') {
      k++;
      continue;
    }
    const del: number[] = [];
    const ins: number[] = [];
    const first = ops[k]!;
    while (k < ops.length && ops[k]!.kind !== '=') {
      const op = ops[k++]!;
      if (op.kind === '-') del.push(op.a);
      else ins.push(op.b);
    }
    const aRange = del.length ? range(del[0]!, del.at(-1)!) : String(first.a);
    const bRange = ins.length ? range(ins[0]!, ins.at(-1)!) : String(first.b);
    out += `${aRange}${del.length && ins.length ? 'c' : del.length ? 'd' : 'a'}${bRange}\n`;
    for (const i of del) out += line(a, i, '< ');
    if (del.length && ins.length) out += '---\n';
    for (const j of ins) out += line(b, j, '> ');
  }
  return out;
}

function unified(ops: Op[], a: Side, b: Side, context: number, stamp: (s: Side) => string): string {
  let out = `--- ${a.name}\t${stamp(a)}\n+++ ${b.name}\t${stamp(b)}\n`;
  const changed = ops.map((op, k) => (op.kind !== '=' ? k : -1)).filter((k) => k >= 0);
  let k = 0;
  while (k < changed.length) {
    let startOp = Math.max(0, changed[k]! - context);
    let endOp = changed[k]!;
    while (k < changed.length && changed[k]! - endOp <= 2 * context) endOp = changed[k++]!;
    const hunk = ops.slice(startOp, Math.min(ops.length, endOp + context + 1));
    const aLines = hunk.filter((op) => op.kind !== '+').length;
    const bLines = hunk.filter((op) => op.kind !== '-').length;
    const first = ops[startOp]!;
    const head = (start: number, count: number) =>
      count === 1 ? `${start + 1}` : `${count === 0 ? start : start + 1},${count}`;
    out += `@@ -${head(first.a, aLines)} +${head(first.b, bLines)} @@\n`;
    for (const op of hunk) {
      if (op.kind === '=') out += line(a, op.a, ' ');
      else if (op.kind === '-') out += line(a, op.a, '-');
      else out += line(b, op.b, '+');
    }
    startOp = endOp;
  }
  return out;
}

function stampOf(date: Date | null): string {
  const d = date ?? new Date();
  const iso = d.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}.${String(d.getUTCMilliseconds()).padStart(3, '0')}000000 +0000`;
}

async function load(ctx: ResolvedCommandContext, name: string, other: string) {
  if (name === '-') return { side: side(name, decodeUtf8(ctx.stdin)), mtime: null };
  let path = pathOf(ctx, name);
  let shown = name;
  // `diff file dir` compares with dir/file.
  if ((await statOrNull(ctx, path))?.isDirectory && other !== '-') {
    shown = `${name.replace(/\/+$/, '')}/${lastComponent(other)}`;
    path = pathOf(ctx, shown);
  }
  const input = await readTextFile('diff', ctx, shown);
  if ('error' in input) return { error: input.error };
  return { side: side(shown, input.text), mtime: (await statOrNull(ctx, path))?.mtime ?? null };
}

export const diffCommand: CustomCommand = defineCommand('diff', async (args, ctx) => {
  const { parsed, error } = parseOptions('diff', args, {
    flags: 'uqiwbBsaN',
    values: 'U',
    long: {
      unified: 'u',
      brief: 'q',
      'ignore-case': 'i',
      'ignore-all-space': 'w',
      'ignore-space-change': 'b',
      'report-identical-files': 's',
    },
    usageStatus: 2,
  });
  if (error) return { ...error, stderr: error.stderr.replace(/^Try/m, 'diff: Try') };
  const [first, second, extra] = parsed.operands;
  const usage = (text: string) => fail(`diff: ${text}\ndiff: Try 'diff --help' for more information.`, 2);
  if (first === undefined) return usage("missing operand after 'diff'");
  if (second === undefined) return usage(`missing operand after ${q(first)}`);
  if (extra !== undefined) return usage(`extra operand ${q(extra)}`);
  const left = await load(ctx, first, second);
  const right = await load(ctx, second, first);
  if ('error' in left || 'error' in right)
    return fail(`${'error' in left ? left.error : ''}${'error' in right ? right.error : ''}`, 2);
  const f = parsed.flags;
  const key = (s: string) => {
    let k = s;
    if (f.has('w')) k = k.replace(/\s+/g, '');
    else if (f.has('b')) k = k.replace(/\s+/g, ' ').replace(/ $/, '');
    return f.has('i') ? k.toLowerCase() : k;
  };
  const a = left.side;
  const b = right.side;
  const ops = editScript(a.lines, b.lines, key);
  // A missing final newline is a difference of its own on the last line.
  const last = ops.at(-1);
  if (last?.kind === '=' && a.noEol !== b.noEol && last.a === a.lines.length - 1) {
    ops.splice(
      ops.length - 1,
      1,
      { kind: '-', a: last.a, b: last.b },
      { kind: '+', a: last.a + 1, b: last.b },
    );
  }
  if (!ops.some((op) => op.kind !== '=')) {
    return {
      stdout: f.has('s') ? `Files ${a.name} and ${b.name} are identical\n` : '',
      stderr: '',
      exitCode: 0,
    };
  }
  if (f.has('q')) return { stdout: `Files ${a.name} and ${b.name} differ\n`, stderr: '', exitCode: 1 };
  const context = parsed.values.has('U') ? Number(parsed.values.get('U')?.at(-1)) : f.has('u') ? 3 : -1;
  const mtimes = new Map([
    [a, left.mtime],
    [b, right.mtime],
  ]);
  const stdout =
    context >= 0 ? unified(ops, a, b, context, (s) => stampOf(mtimes.get(s) ?? null)) : normal(ops, a, b);
  return { stdout, stderr: '', exitCode: 1 };
});
