// GNU-style `ls` (-p, -F, -l, ...): real permission bits, GNU error texts and exit codes, one entry per line (output is not a tty).
import { defineCommand, type CustomCommand, type IFileSystem } from 'just-bash';
import { HOME } from '../volume';
import type { OutputWrite } from '../output-order';
import { fail, type CommandResult } from './command-result';

type Stat = Awaited<ReturnType<IFileSystem['stat']>>;

interface LsOptions {
  long: boolean;
  all: boolean;
  almostAll: boolean;
  directory: boolean;
  human: boolean;
  classify: boolean;
  /** -p: a slash after directory names only. */
  slash: boolean;
  recursive: boolean;
  reverse: boolean;
  byTime: boolean;
  bySize: boolean;
}

interface Item {
  name: string;
  path: string;
  stat: Stat;
  target?: string;
}

const FLAGS: Record<string, keyof LsOptions | null> = {
  l: 'long',
  a: 'all',
  A: 'almostAll',
  d: 'directory',
  h: 'human',
  F: 'classify',
  p: 'slash',
  R: 'recursive',
  r: 'reverse',
  t: 'byTime',
  S: 'bySize',
  '1': null,
  G: null,
  o: 'long',
  g: 'long',
};

const LONG_FLAGS: Record<string, keyof LsOptions | null> = {
  '--all': 'all',
  '--almost-all': 'almostAll',
  '--directory': 'directory',
  '--human-readable': 'human',
  '--classify': 'classify',
  '--recursive': 'recursive',
  '--reverse': 'reverse',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `-rw-------`, `drwxr-xr-x`, `lrwxrwxrwx`, with setuid/sticky letters. */
export function modeString(stat: Pick<Stat, 'mode' | 'isDirectory' | 'isSymbolicLink'>): string {
  const type = stat.isSymbolicLink ? 'l' : stat.isDirectory ? 'd' : '-';
  const m = stat.isSymbolicLink ? 0o777 : stat.mode;
  const rwx = (bits: number, special: boolean, letter: string) =>
    `${bits & 4 ? 'r' : '-'}${bits & 2 ? 'w' : '-'}${special ? (bits & 1 ? letter : letter.toUpperCase()) : bits & 1 ? 'x' : '-'}`;
  return (
    type +
    rwx((m >> 6) & 7, (m & 0o4000) !== 0, 's') +
    rwx((m >> 3) & 7, (m & 0o2000) !== 0, 's') +
    rwx(m & 7, (m & 0o1000) !== 0, 't')
  );
}

function humanSize(size: number): string {
  if (size < 1024) return String(size);
  const units = ['K', 'M', 'G', 'T'];
  let value = size;
  let unit = -1;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? (Math.ceil(value * 10) / 10).toFixed(1) : Math.ceil(value)}${units[unit]}`;
}

function dateString(date: Date, now: Date): string {
  const month = MONTHS[date.getMonth()];
  const day = String(date.getDate()).padStart(2, ' ');
  const recent = Math.abs(now.getTime() - date.getTime()) < 182 * 24 * 3600 * 1000;
  const tail = recent
    ? `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`
    : ` ${date.getFullYear()}`;
  return `${month} ${day} ${tail}`;
}

/** Directories report one 4 KiB block, like ext4. */
function sizeOf(stat: Stat): number {
  return stat.isDirectory ? 4096 : stat.isSymbolicLink ? 0 : stat.size;
}

/** A symlink's size is the length of its target, as lstat reports. */
function itemSize(item: Item): number {
  return item.target !== undefined ? new TextEncoder().encode(item.target).length : sizeOf(item.stat);
}

function blocks(stat: Stat): number {
  return stat.isDirectory ? 4 : Math.ceil(stat.size / 4096) * 4;
}

function suffix(item: Item, options: LsOptions): string {
  if (options.slash && !options.classify) return item.stat.isDirectory ? '/' : '';
  if (!options.classify) return '';
  if (item.stat.isSymbolicLink) return '@';
  if (item.stat.isDirectory) return '/';
  return item.stat.mode & 0o111 ? '*' : '';
}

async function linkCount(fs: IFileSystem, item: Item): Promise<number> {
  if (!item.stat.isDirectory) return 1;
  try {
    let count = 2;
    for (const name of await fs.readdir(item.path)) {
      if ((await fs.lstat(`${item.path === '/' ? '' : item.path}/${name}`)).isDirectory) count++;
    }
    return count;
  } catch {
    return 2;
  }
}

/** Who owns a path in the sandbox: the learner in HOME and /tmp, root elsewhere. */
export function ownerOf(path: string): 'learner' | 'root' {
  return path === HOME || path.startsWith(`${HOME}/`) || path.startsWith('/tmp/') ? 'learner' : 'root';
}

async function longLines(fs: IFileSystem, items: Item[], options: LsOptions): Promise<string[]> {
  const now = new Date();
  const rows = await Promise.all(
    items.map(async (item) => ({
      mode: modeString(item.stat),
      links: String(await linkCount(fs, item)),
      owner: ownerOf(item.path),
      size: options.human ? humanSize(itemSize(item)) : String(itemSize(item)),
      date: dateString(item.stat.mtime, now),
      name: `${item.name}${suffix(item, options)}${item.target !== undefined ? ` -> ${item.target}` : ''}`,
    })),
  );
  const width = (key: 'links' | 'owner' | 'size') => Math.max(0, ...rows.map((r) => r[key].length));
  const [wl, wo, ws] = [width('links'), width('owner'), width('size')];
  return rows.map(
    (r) =>
      `${r.mode} ${r.links.padStart(wl)} ${r.owner.padEnd(wo)} ${r.owner.padEnd(wo)} ${r.size.padStart(ws)} ${r.date} ${r.name}`,
  );
}

function sortItems(items: Item[], options: LsOptions): Item[] {
  const byName = (a: Item, b: Item) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const sorted = [...items].sort((a, b) => {
    if (options.byTime) return b.stat.mtime.getTime() - a.stat.mtime.getTime() || byName(a, b);
    if (options.bySize) return b.stat.size - a.stat.size || byName(a, b);
    return byName(a, b);
  });
  return options.reverse ? sorted.reverse() : sorted;
}

async function itemFor(fs: IFileSystem, name: string, path: string): Promise<Item> {
  const stat = await fs.lstat(path);
  const item: Item = { name, path, stat };
  if (stat.isSymbolicLink) item.target = await fs.readlink(path);
  return item;
}

async function directoryItems(fs: IFileSystem, dir: string, options: LsOptions): Promise<Item[]> {
  const names = await fs.readdir(dir);
  const items: Item[] = [];
  const base = dir === '/' ? '' : dir;
  if (options.all) {
    items.push({ name: '.', path: dir, stat: await fs.stat(dir) });
    const parent = dir === '/' ? '/' : dir.slice(0, dir.lastIndexOf('/')) || '/';
    items.push({ name: '..', path: parent, stat: await fs.stat(parent) });
  }
  for (const name of names) {
    if (name.startsWith('.') && !options.all && !options.almostAll) continue;
    items.push(await itemFor(fs, name, `${base}/${name}`));
  }
  return sortItems(items, options);
}

async function render(fs: IFileSystem, items: Item[], options: LsOptions): Promise<string[]> {
  if (options.long) return longLines(fs, items, options);
  return items.map((item) => `${item.name}${suffix(item, options)}`);
}

export const lsCommand: CustomCommand = defineCommand('ls', async (args, ctx) => {
  const options: LsOptions = {
    long: false,
    all: false,
    almostAll: false,
    directory: false,
    human: false,
    classify: false,
    slash: false,
    recursive: false,
    reverse: false,
    byTime: false,
    bySize: false,
  };
  const operands: string[] = [];
  let endOfOptions = false;
  for (const arg of args) {
    if (endOfOptions || arg === '-' || !arg.startsWith('-')) operands.push(arg);
    else if (arg === '--') endOfOptions = true;
    else if (arg.startsWith('--')) {
      const flag = LONG_FLAGS[arg];
      if (flag === undefined && !arg.startsWith('--color')) {
        return fail(`ls: unrecognized option '${arg}'\nTry 'ls --help' for more information.`, 2);
      }
      if (flag) options[flag] = true;
    } else {
      for (const letter of arg.slice(1)) {
        const flag = FLAGS[letter];
        if (flag === undefined)
          return fail(`ls: invalid option -- '${letter}'\nTry 'ls --help' for more information.`, 2);
        if (flag) options[flag] = true;
      }
    }
  }
  if (operands.length === 0) operands.push('.');
  // GNU ls reports missing operands first, then lists files, then each directory (its errors in place).
  const events: Array<{ error: string } | { block: string }> = [];
  let exitCode = 0;
  const files: Item[] = [];
  const dirs: Item[] = [];
  for (const operand of operands) {
    const path = ctx.fs.resolvePath(ctx.cwd, operand);
    try {
      const item = await itemFor(ctx.fs, operand, path);
      let isDir = item.stat.isDirectory;
      if (item.stat.isSymbolicLink && !options.long && !options.directory)
        isDir = (await ctx.fs.stat(path)).isDirectory;
      (isDir && !options.directory ? dirs : files).push(item);
    } catch {
      events.push({ error: `ls: cannot access '${operand}': No such file or directory\n` });
      exitCode = 2;
    }
  }
  if (files.length)
    events.push({ block: (await render(ctx.fs, sortItems(files, options), options)).join('\n') });
  const showHeaders = operands.length > 1 || options.recursive;
  const queue = sortItems(dirs, options);
  while (queue.length) {
    const dir = queue.shift() as Item;
    let items: Item[];
    try {
      items = await directoryItems(ctx.fs, dir.path, options);
    } catch {
      events.push({ error: `ls: cannot open directory '${dir.name}': Permission denied\n` });
      exitCode = 2;
      continue;
    }
    const lines = await render(ctx.fs, items, options);
    if (options.long) lines.unshift(`total ${items.reduce((sum, item) => sum + blocks(item.stat), 0)}`);
    events.push({ block: (showHeaders ? [`${dir.name}:`, ...lines] : lines).join('\n') });
    if (options.recursive) {
      const subdirs = items.filter((i) => i.stat.isDirectory && i.name !== '.' && i.name !== '..');
      queue.unshift(...subdirs.map((i) => ({ ...i, name: `${dir.name === '/' ? '' : dir.name}/${i.name}` })));
    }
  }
  return ordered(events, exitCode);
});

/** Blocks separated by a blank line, errors in between, as one result with its write order. */
function ordered(events: Array<{ error: string } | { block: string }>, exitCode: number): CommandResult {
  const writes: OutputWrite[] = [];
  let blocks = 0;
  for (const event of events) {
    if ('error' in event) writes.push({ fd: 2, text: event.error });
    else if (event.block !== '') writes.push({ fd: 1, text: `${blocks++ ? '\n' : ''}${event.block}\n` });
  }
  const text = (fd: 1 | 2) =>
    writes
      .filter((write) => write.fd === fd)
      .map((write) => write.text)
      .join('');
  return { stdout: text(1), stderr: text(2), exitCode, writes };
}
