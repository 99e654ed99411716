// The sandbox's in-memory disk: files, directories and symlinks with modes, times and hard links, behind the
// synchronous subset of Node's fs API that the sandbox uses. Errors are Node's (`code`, and texts such as
// `ENOENT: no such file or directory, open '/x'`, which lib/shell rewrites into bash's). Everything belongs to the
// sandbox's one user, so a permission is its owner bit (read, write; search on each directory passed through).
import { pathParts } from '../posix-path';

const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
/** Linux's limit on symbolic links followed while resolving one path. */
const MAX_SYMLINKS = 40;

const ERROR_TEXTS = {
  ENOENT: 'no such file or directory',
  EEXIST: 'file already exists',
  ENOTDIR: 'not a directory',
  EISDIR: 'illegal operation on a directory',
  ENOTEMPTY: 'directory not empty',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EINVAL: 'invalid argument',
  ELOOP: 'too many symbolic links encountered',
  EBUSY: 'resource busy or locked',
} as const;

export type FsErrorCode = keyof typeof ERROR_TEXTS;

/** A filesystem error as Node throws it. */
export class FsError extends Error {
  constructor(
    readonly code: FsErrorCode,
    readonly syscall: string,
    readonly path?: string,
    readonly dest?: string,
  ) {
    const where = path === undefined ? '' : ` '${path}'${dest === undefined ? '' : ` -> '${dest}'`}`;
    super(`${code}: ${ERROR_TEXTS[code]}, ${syscall}${where}`);
  }
}

interface Times {
  atimeMs: number;
  mtimeMs: number;
  ctimeMs: number;
  birthtimeMs: number;
}
interface FileNode extends Times {
  kind: 'file';
  ino: number;
  mode: number;
  nlink: number;
  data: Uint8Array;
}
interface DirNode extends Times {
  kind: 'dir';
  ino: number;
  mode: number;
  nlink: number;
  entries: Map<string, Inode>;
}
interface LinkNode extends Times {
  kind: 'symlink';
  ino: number;
  mode: number;
  nlink: number;
  target: string;
}
type Inode = FileNode | DirNode | LinkNode;

const TYPE_BITS = { file: S_IFREG, dir: S_IFDIR, symlink: S_IFLNK } as const;

/** What `statSync`/`lstatSync` return: the fields of Node's fs.Stats the sandbox reads. */
export class Stats {
  readonly ino: number;
  readonly mode: number;
  readonly nlink: number;
  readonly size: number;
  readonly uid = 0;
  readonly gid = 0;
  readonly atimeMs: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly birthtimeMs: number;

  constructor(private readonly node: Inode) {
    this.ino = node.ino;
    this.mode = TYPE_BITS[node.kind] | node.mode;
    this.nlink = node.nlink;
    this.size = node.kind === 'file' ? node.data.length : 0;
    this.atimeMs = node.atimeMs;
    this.mtimeMs = node.mtimeMs;
    this.ctimeMs = node.ctimeMs;
    this.birthtimeMs = node.birthtimeMs;
  }
  get atime(): Date {
    return new Date(this.atimeMs);
  }
  get mtime(): Date {
    return new Date(this.mtimeMs);
  }
  get ctime(): Date {
    return new Date(this.ctimeMs);
  }
  isFile(): boolean {
    return this.node.kind === 'file';
  }
  isDirectory(): boolean {
    return this.node.kind === 'dir';
  }
  isSymbolicLink(): boolean {
    return this.node.kind === 'symlink';
  }
}

/** One entry of `readdirSync(path, { withFileTypes: true })`. */
export interface Dirent {
  name: string;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

/** Where a path leads: the directory holding its last name, and what that name is (if anything). */
interface Located {
  /** The resolved path of the entry (symlinks followed up to it, and through it when asked). */
  path: string;
  parent: DirNode;
  name: string;
  node: Inode | undefined;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The names along `path` (relative paths are taken from `/`); a NUL byte is refused as Node refuses it. */
function normalize(path: string): string[] {
  if (path.includes('\0')) {
    throw new TypeError(
      `The argument 'path' must be a string without null bytes. Received ${JSON.stringify(path)}`,
    );
  }
  return pathParts(path);
}

const join = (parts: readonly string[]) => `/${parts.join('/')}`;

/** A Date or Node's seconds (fractional) as milliseconds. */
function toMs(time: number | Date): number {
  return typeof time === 'number' ? time * 1000 : time.getTime();
}

export class MemVolume {
  private nextIno = 1;
  private readonly root: DirNode = this.newDir(0o777);

  private times(): Times {
    const now = Date.now();
    return { atimeMs: now, mtimeMs: now, ctimeMs: now, birthtimeMs: now };
  }
  private newDir(mode: number): DirNode {
    return { kind: 'dir', ino: this.nextIno++, mode, nlink: 2, entries: new Map(), ...this.times() };
  }
  private touchDir(dir: DirNode): void {
    dir.mtimeMs = dir.ctimeMs = Date.now();
  }

  /**
   * Walks to the last name of `path`, following symlinks on the way (and at the end when `follow`). Each
   * directory passed through needs its search bit. Throws ENOENT/ENOTDIR/ELOOP/EACCES as `syscall`.
   */
  private locate(path: string, follow: boolean, syscall: string, dest?: string): Located {
    let parts = normalize(path);
    let links = 0;
    const error = (code: FsErrorCode) => new FsError(code, syscall, path, dest);
    for (;;) {
      if (parts.length === 0) return { path: '/', parent: this.root, name: '', node: this.root };
      let dir = this.root;
      let restart: string[] | null = null;
      for (let i = 0; i < parts.length; i++) {
        if ((dir.mode & 0o100) === 0) throw error('EACCES');
        const name = parts[i]!;
        const node = dir.entries.get(name);
        const last = i === parts.length - 1;
        if (node?.kind === 'symlink' && (!last || follow)) {
          if (++links > MAX_SYMLINKS) throw error('ELOOP');
          const base = node.target.startsWith('/') ? [] : parts.slice(0, i);
          restart = [...normalize(`${join(base)}/${node.target}`), ...parts.slice(i + 1)];
          break;
        }
        if (last) return { path: join(parts), parent: dir, name, node };
        if (!node) throw error('ENOENT');
        if (node.kind !== 'dir') throw error('ENOTDIR');
        dir = node;
      }
      parts = restart!;
    }
  }

  /** The node at `path`, or ENOENT. */
  private existing(path: string, follow: boolean, syscall: string, dest?: string): Located & { node: Inode } {
    const found = this.locate(path, follow, syscall, dest);
    if (!found.node) throw new FsError('ENOENT', syscall, path, dest);
    return found as Located & { node: Inode };
  }

  private link(parent: DirNode, name: string, node: Inode): void {
    parent.entries.set(name, node);
    if (node.kind === 'dir') parent.nlink++;
    this.touchDir(parent);
  }
  private unlinkEntry(parent: DirNode, name: string): void {
    const node = parent.entries.get(name);
    if (!node) return;
    parent.entries.delete(name);
    if (node.kind === 'dir') parent.nlink--;
    else node.nlink--;
    this.touchDir(parent);
  }
  /** Drops a whole tree (rm -r): files in it that are also linked from elsewhere lose one link. */
  private dropTree(dir: DirNode): void {
    for (const node of dir.entries.values()) {
      if (node.kind === 'dir') this.dropTree(node);
      else node.nlink--;
    }
  }

  existsSync(path: string): boolean {
    try {
      return this.locate(path, true, 'stat').node !== undefined;
    } catch {
      return false;
    }
  }

  statSync(path: string): Stats {
    return new Stats(this.existing(path, true, 'stat').node);
  }

  lstatSync(path: string): Stats {
    return new Stats(this.existing(path, false, 'lstat').node);
  }

  readFileSync(path: string): Uint8Array;
  readFileSync(path: string, encoding: 'utf8'): string;
  readFileSync(path: string, encoding?: 'utf8'): Uint8Array | string {
    const { node } = this.existing(path, true, 'open');
    if (node.kind === 'dir') throw new FsError('EISDIR', 'read');
    if (node.kind !== 'file' || (node.mode & 0o400) === 0) throw new FsError('EACCES', 'open', path);
    node.atimeMs = Date.now();
    return encoding === 'utf8' ? decoder.decode(node.data) : node.data.slice();
  }

  /** Writes (or appends) the bytes of a file, creating it with `mode` (default 0666) when it does not exist. */
  private write(path: string, content: string | Uint8Array, mode: number | undefined, append: boolean): void {
    const bytes = typeof content === 'string' ? encoder.encode(content) : content;
    const { parent, name, node } = this.locate(path, true, 'open');
    if (node) {
      if (node.kind === 'dir') throw new FsError('EISDIR', 'open', path);
      if (node.kind !== 'file' || (node.mode & 0o200) === 0) throw new FsError('EACCES', 'open', path);
      node.data = append ? concat(node.data, bytes) : bytes.slice();
      node.mtimeMs = node.ctimeMs = Date.now();
      return;
    }
    if (name === '') throw new FsError('EISDIR', 'open', path);
    if ((parent.mode & 0o200) === 0) throw new FsError('EACCES', 'open', path);
    const file: FileNode = {
      kind: 'file',
      ino: this.nextIno++,
      mode: (mode ?? 0o666) & 0o7777,
      nlink: 1,
      data: bytes.slice(),
      ...this.times(),
    };
    this.link(parent, name, file);
  }

  writeFileSync(path: string, content: string | Uint8Array, options?: { mode?: number }): void {
    this.write(path, content, options?.mode, false);
  }

  appendFileSync(path: string, content: string | Uint8Array, options?: { mode?: number }): void {
    this.write(path, content, options?.mode, true);
  }

  /** Node's mkdirSync: the first directory created with `recursive` (undefined when all existed). */
  mkdirSync(path: string, options?: { recursive?: boolean; mode?: number }): string | undefined {
    const mode = (options?.mode ?? 0o777) & 0o7777;
    if (!options?.recursive) {
      const { parent, name, node } = this.locate(path, false, 'mkdir');
      if (node) throw new FsError('EEXIST', 'mkdir', path);
      if ((parent.mode & 0o200) === 0) throw new FsError('EACCES', 'mkdir', path);
      this.link(parent, name, this.newDir(mode));
      return undefined;
    }
    const parts = normalize(path);
    let first: string | undefined;
    for (let i = 1; i <= parts.length; i++) {
      const prefix = join(parts.slice(0, i));
      const { parent, name, node } = this.locate(prefix, false, 'mkdir');
      if (node) {
        // A symlink counts as the directory it leads to; a dangling one, or a file, is in the way.
        const leadsTo = node.kind === 'symlink' ? this.locate(prefix, true, 'mkdir').node : node;
        if (leadsTo?.kind !== 'dir')
          throw new FsError(i === parts.length ? 'EEXIST' : 'ENOTDIR', 'mkdir', path);
        continue;
      }
      if ((parent.mode & 0o200) === 0) throw new FsError('EACCES', 'mkdir', path);
      this.link(parent, name, this.newDir(mode));
      first ??= prefix;
    }
    return first;
  }

  readdirSync(path: string): string[];
  readdirSync(path: string, options: { withFileTypes: true }): Dirent[];
  readdirSync(path: string, options?: { withFileTypes?: boolean }): string[] | Dirent[] {
    const { node } = this.existing(path, true, 'scandir');
    if (node.kind !== 'dir') throw new FsError('ENOTDIR', 'scandir', path);
    if ((node.mode & 0o400) === 0) throw new FsError('EACCES', 'scandir', path);
    const names = [...node.entries.keys()].sort();
    if (!options?.withFileTypes) return names;
    return names.map((name) => {
      const kind = node.entries.get(name)!.kind;
      return {
        name,
        isFile: () => kind === 'file',
        isDirectory: () => kind === 'dir',
        isSymbolicLink: () => kind === 'symlink',
      };
    });
  }

  symlinkSync(target: string, path: string): void {
    const { parent, name, node } = this.locate(path, false, 'symlink', undefined);
    const error = (code: FsErrorCode) => new FsError(code, 'symlink', target, path);
    if (node || name === '') throw error('EEXIST');
    if ((parent.mode & 0o200) === 0) throw error('EACCES');
    this.link(parent, name, {
      kind: 'symlink',
      ino: this.nextIno++,
      mode: 0o666,
      nlink: 1,
      target,
      ...this.times(),
    });
  }

  readlinkSync(path: string): string {
    const { node } = this.existing(path, false, 'readlink');
    if (node.kind !== 'symlink') throw new FsError('EINVAL', 'readlink', path);
    return node.target;
  }

  linkSync(existingPath: string, newPath: string): void {
    const { node } = this.existing(existingPath, false, 'link', newPath);
    const to = this.locate(newPath, false, 'link', newPath);
    const error = (code: FsErrorCode) => new FsError(code, 'link', existingPath, newPath);
    if (node.kind === 'dir') throw error('EPERM');
    if (to.node || to.name === '') throw error('EEXIST');
    if ((to.parent.mode & 0o200) === 0) throw error('EACCES');
    node.nlink++;
    node.ctimeMs = Date.now();
    this.link(to.parent, to.name, node);
  }

  unlinkSync(path: string): void {
    const { parent, name, node } = this.existing(path, false, 'unlink');
    if (node.kind === 'dir') throw new FsError('EPERM', 'unlink', path);
    this.unlinkEntry(parent, name);
  }

  /** Node's rmSync: a symlink is removed itself, never what it points to. */
  rmSync(path: string, options?: { recursive?: boolean; force?: boolean }): void {
    let found: Located;
    try {
      found = this.locate(path, false, 'lstat');
    } catch (error) {
      if (options?.force && error instanceof FsError && error.code === 'ENOENT') return;
      throw error;
    }
    const { parent, name, node } = found;
    if (!node) {
      if (options?.force) return;
      throw new FsError('ENOENT', 'lstat', path);
    }
    if (node.kind === 'dir' && !options?.recursive) throw new FsError('EISDIR', 'rm', path);
    if (node === this.root) throw new FsError('EPERM', 'rm', path);
    if (node.kind === 'dir') this.dropTree(node);
    this.unlinkEntry(parent, name);
  }

  renameSync(oldPath: string, newPath: string): void {
    const from = this.existing(oldPath, false, 'rename', newPath);
    const to = this.locate(newPath, false, 'rename', newPath);
    const error = (code: FsErrorCode) => new FsError(code, 'rename', oldPath, newPath);
    if (from.node === this.root || to.name === '') throw error('EBUSY');
    if (to.node === from.node) return;
    if ((from.parent.mode & 0o200) === 0 || (to.parent.mode & 0o200) === 0) throw error('EACCES');
    if (from.node.kind === 'dir' && `${to.path}/`.startsWith(`${from.path}/`)) throw error('EINVAL');
    if (to.node) {
      if (from.node.kind === 'dir') {
        if (to.node.kind !== 'dir') throw error('ENOTDIR');
        if (to.node.entries.size > 0) throw error('ENOTEMPTY');
      } else if (to.node.kind === 'dir') throw error('EISDIR');
      this.unlinkEntry(to.parent, to.name);
    }
    const node = from.node;
    this.unlinkEntry(from.parent, from.name);
    if (node.kind !== 'dir') node.nlink++;
    this.link(to.parent, to.name, node);
    node.ctimeMs = Date.now();
  }

  realpathSync(path: string): string {
    return this.existing(path, true, 'realpath').path;
  }

  chmodSync(path: string, mode: number): void {
    const { node } = this.existing(path, true, 'chmod');
    node.mode = mode & 0o7777;
    node.ctimeMs = Date.now();
  }

  utimesSync(path: string, atime: number | Date, mtime: number | Date): void {
    const { node } = this.existing(path, true, 'utime');
    node.atimeMs = toMs(atime);
    node.mtimeMs = toMs(mtime);
    node.ctimeMs = Date.now();
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
