// GNU `stat`: the default report, -c/--format and --printf with coreutils' % directives, -L, statx messages.
import { defineCommand, type CustomCommand, type IFileSystem, type ResolvedCommandContext } from 'just-bash';
import { listDirectory, missingReason, parseOptions, pathOf, q, statOrNull, usageError } from './gnu';
import { LEARNER } from './identity';
import { modeString, ownerOf } from './ls';

type Stat = Awaited<ReturnType<IFileSystem['stat']>>;

interface Target {
  name: string;
  path: string;
  st: Stat;
  link?: string;
  /** Subdirectory count, for the link count of a directory. */
  subdirs: number;
}

function fileType(st: Stat): string {
  if (st.isSymbolicLink) return 'symbolic link';
  if (st.isDirectory) return 'directory';
  return st.size === 0 ? 'regular empty file' : 'regular file';
}

/** A time as stat prints it: `2026-12-01 12:00:00.000000000 +0000`. */
function timeString(date: Date): string {
  const iso = date.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}.${String(date.getUTCMilliseconds()).padStart(3, '0')}000000 +0000`;
}

function directive(t: Target, letter: string): string | null {
  const { st } = t;
  const size = st.isDirectory ? 4096 : st.isSymbolicLink ? (t.link ?? '').length : st.size;
  const owner = ownerOf(t.path);
  const id = owner === 'learner' ? LEARNER.uid : 0;
  const seconds = String(Math.floor(st.mtime.getTime() / 1000));
  const values: Record<string, string> = {
    n: t.name,
    N: t.link !== undefined ? `${q(t.name)} -> ${q(t.link)}` : q(t.name),
    F: fileType(st),
    s: String(size),
    a: (st.isSymbolicLink ? 0o777 : st.mode & 0o7777).toString(8),
    A: modeString(st),
    f: ((st.isDirectory ? 0o40000 : st.isSymbolicLink ? 0o120000 : 0o100000) | st.mode).toString(16),
    U: owner,
    G: owner,
    u: String(id),
    g: String(id),
    h: String(st.isDirectory ? 2 + t.subdirs : 1),
    i: String(st.ino ?? 0),
    b: String(st.isDirectory ? 8 : Math.ceil(size / 4096) * 8),
    B: '512',
    o: '4096',
    d: '65024',
    D: 'fe00',
    t: '0',
    T: '0',
    x: timeString(st.mtime),
    y: timeString(st.mtime),
    z: timeString(st.mtime),
    w: timeString(st.mtime),
    X: seconds,
    Y: seconds,
    Z: seconds,
    W: seconds,
    m: '/',
    '%': '%',
  };
  return values[letter] ?? null;
}

/** Expands `%x` directives (and, for --printf, backslash escapes). */
function format(t: Target, text: string, escapes: boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '%' && i + 1 < text.length) {
      const letter = text[++i] ?? '';
      out += directive(t, letter) ?? `?`;
    } else if (c === '\\' && escapes && i + 1 < text.length) {
      const e = text[++i] ?? '';
      out +=
        ({ n: '\n', t: '\t', '\\': '\\', '"': '"', a: '\x07', r: '\r', e: '\x1b' } as Record<string, string>)[
          e
        ] ?? `\\${e}`;
    } else out += c;
  }
  return out;
}

function report(t: Target): string {
  const perm = `(${directive(t, 'a')?.padStart(4, '0')}/${directive(t, 'A')})`;
  const user = `(${directive(t, 'u')?.padStart(5)}/${directive(t, 'U')?.padStart(8)})`;
  const group = `(${directive(t, 'g')?.padStart(5)}/${directive(t, 'G')?.padStart(8)})`;
  const time = timeString(t.st.mtime);
  return [
    `  File: ${t.name}${t.link !== undefined ? ` -> ${t.link}` : ''}`,
    `  Size: ${directive(t, 's')?.padEnd(10)}\tBlocks: ${directive(t, 'b')?.padEnd(10)} IO Block: 4096   ${fileType(t.st)}`,
    `Device: 254,0\tInode: ${directive(t, 'i')?.padEnd(11)} Links: ${directive(t, 'h')}`,
    `Access: ${perm}  Uid: ${user}   Gid: ${group}`,
    `Access: ${time}`,
    `Modify: ${time}`,
    `Change: ${time}`,
    ` Birth: ${time}`,
  ].join('\n');
}

async function target(ctx: ResolvedCommandContext, name: string, follow: boolean): Promise<Target | null> {
  const path = pathOf(ctx, name);
  const st = await statOrNull(ctx, path, follow);
  if (!st) return null;
  let subdirs = 0;
  if (st.isDirectory) {
    const children = await listDirectory(ctx, path);
    for (const child of Array.isArray(children) ? children : [])
      if ((await statOrNull(ctx, `${path === '/' ? '' : path}/${child}`, false))?.isDirectory) subdirs++;
  }
  const link = st.isSymbolicLink ? await ctx.fs.readlink(path) : undefined;
  return { name, path, st, subdirs, ...(link !== undefined ? { link } : {}) };
}

export const statCommand: CustomCommand = defineCommand('stat', async (args, ctx) => {
  const { parsed, error } = parseOptions('stat', args, {
    flags: 'Lt',
    values: 'c',
    long: { format: 'c', printf: 'printf', dereference: 'L', terse: 't' },
    longValues: ['format', 'printf'],
  });
  if (error) return error;
  if (parsed.operands.length === 0) return usageError('stat', 'missing operand');
  const printf = parsed.values.get('printf')?.at(-1);
  const fmt = parsed.values.get('c')?.at(-1);
  let stdout = '';
  let stderr = '';
  for (const name of parsed.operands) {
    const t = await target(ctx, name, parsed.flags.has('L'));
    if (!t) {
      stderr += `stat: cannot statx ${q(name)}: ${await missingReason(ctx, pathOf(ctx, name))}\n`;
      continue;
    }
    if (printf !== undefined) stdout += format(t, printf, true);
    else if (fmt !== undefined) stdout += `${format(t, fmt, false)}\n`;
    else stdout += `${report(t)}\n`;
  }
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
});
