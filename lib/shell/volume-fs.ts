// just-bash's IFileSystem over the sandbox's volume (mem-volume.ts): its one filesystem (modes, symlinks, binary).
import type { ByteString, IFileSystem } from 'just-bash';
import { bytesFromLatin1 } from './bytes';
import type { MemVolume } from './mem-volume';
import { resolvePath } from '../posix-path';

type Stat = Awaited<ReturnType<IFileSystem['stat']>>;
type Dirent = { name: string; isFile: boolean; isDirectory: boolean; isSymbolicLink: boolean };
type WriteOptions = Parameters<IFileSystem['writeFile']>[2];
type ReadOptions = Parameters<IFileSystem['readFile']>[1];

/** Permission bits of a new file and directory (umask 022, like a default login shell). */
export const DEFAULT_FILE_MODE = 0o644;
export const DEFAULT_DIR_MODE = 0o755;

const encoder = new TextEncoder();
const latin1 = new TextDecoder('latin1');

/** Bytes of `content` as just-bash hands them over (text, or a latin1/binary/base64/hex string). */
export function toBytes(content: string | Uint8Array, encoding?: string | null): Uint8Array {
  if (typeof content !== 'string') return content;
  if (encoding === 'binary' || encoding === 'latin1') {
    const bytes = new Uint8Array(content.length);
    for (let i = 0; i < content.length; i++) bytes[i] = content.charCodeAt(i) & 0xff;
    return bytes;
  }
  if (encoding === 'base64') return Uint8Array.from(atob(content), (c) => c.charCodeAt(0));
  if (encoding === 'hex') {
    const bytes = new Uint8Array(content.length >> 1);
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(content.slice(i * 2, i * 2 + 2), 16);
    return bytes;
  }
  return encoder.encode(content);
}

function encodingOf(options: ReadOptions | WriteOptions): string | null | undefined {
  return typeof options === 'string' ? options : options?.encoding;
}

/** Wraps the volume. Errors keep Node's `ENOENT: no such file or directory, open '/x'` texts. */
export class VolumeFs implements IFileSystem {
  constructor(readonly volume: MemVolume) {}

  private statOf(path: string, follow: boolean): Stat {
    const s = follow ? this.volume.statSync(path) : this.volume.lstatSync(path);
    return {
      isFile: s.isFile(),
      isDirectory: s.isDirectory(),
      isSymbolicLink: s.isSymbolicLink(),
      mode: Number(s.mode) & 0o7777,
      size: Number(s.size),
      mtime: s.mtime,
      ino: Number(s.ino),
    };
  }

  async readFile(path: string, options?: ReadOptions): Promise<string> {
    const bytes = this.volume.readFileSync(path);
    const encoding = encodingOf(options);
    if (encoding === 'binary' || encoding === 'latin1') return latin1.decode(bytes);
    if (encoding === 'base64') return btoa(latin1.decode(bytes));
    return new TextDecoder().decode(bytes);
  }
  async readFileBytes(path: string): Promise<ByteString> {
    return bytesFromLatin1(latin1.decode(this.volume.readFileSync(path)));
  }
  async readFileBuffer(path: string): Promise<Uint8Array> {
    return this.volume.readFileSync(path);
  }
  async writeFile(path: string, content: string | Uint8Array, options?: WriteOptions): Promise<void> {
    this.volume.writeFileSync(path, toBytes(content, encodingOf(options)), { mode: DEFAULT_FILE_MODE });
  }
  async appendFile(path: string, content: string | Uint8Array, options?: WriteOptions): Promise<void> {
    this.volume.appendFileSync(path, toBytes(content, encodingOf(options)), { mode: DEFAULT_FILE_MODE });
  }
  async exists(path: string): Promise<boolean> {
    return !path.includes('\0') && this.volume.existsSync(path);
  }
  async stat(path: string): Promise<Stat> {
    return this.statOf(path, true);
  }
  async lstat(path: string): Promise<Stat> {
    return this.statOf(path, false);
  }
  async mkdir(path: string, options?: { recursive?: boolean }): Promise<void> {
    if (options?.recursive && this.volume.existsSync(path) && this.statOf(path, true).isDirectory) return;
    this.volume.mkdirSync(path, { recursive: options?.recursive, mode: DEFAULT_DIR_MODE });
  }
  async readdir(path: string): Promise<string[]> {
    return this.volume.readdirSync(path);
  }
  async readdirWithFileTypes(path: string): Promise<Dirent[]> {
    return this.volume.readdirSync(path, { withFileTypes: true }).map((e) => ({
      name: e.name,
      isFile: e.isFile(),
      isDirectory: e.isDirectory(),
      isSymbolicLink: e.isSymbolicLink(),
    }));
  }
  async rm(path: string, options?: { recursive?: boolean; force?: boolean }): Promise<void> {
    this.volume.rmSync(path, { recursive: options?.recursive, force: options?.force });
  }
  async cp(src: string, dest: string, options?: { recursive?: boolean }): Promise<void> {
    const s = this.statOf(src, false);
    if (s.isDirectory) {
      if (!options?.recursive) throw new Error(`EISDIR: illegal operation on a directory, cp '${src}'`);
      if (!this.volume.existsSync(dest)) this.volume.mkdirSync(dest, { mode: s.mode });
      for (const name of await this.readdir(src)) await this.cp(`${src}/${name}`, `${dest}/${name}`, options);
    } else if (s.isSymbolicLink) {
      this.volume.symlinkSync(this.volume.readlinkSync(src), dest);
    } else {
      const existed = this.volume.existsSync(dest);
      this.volume.writeFileSync(dest, this.volume.readFileSync(src));
      if (!existed) this.volume.chmodSync(dest, s.mode);
    }
  }
  async mv(src: string, dest: string): Promise<void> {
    this.volume.renameSync(src, dest);
  }
  resolvePath(base: string, path: string): string {
    return resolvePath(base, path);
  }
  getAllPaths(): string[] {
    const out: string[] = [];
    const walk = (dir: string): void => {
      for (const name of this.volume.readdirSync(dir)) {
        const path = dir === '/' ? `/${name}` : `${dir}/${name}`;
        out.push(path);
        if (this.volume.lstatSync(path).isDirectory()) walk(path);
      }
    };
    out.push('/');
    walk('/');
    return out;
  }
  async chmod(path: string, mode: number): Promise<void> {
    this.volume.chmodSync(path, mode & 0o7777);
  }
  async symlink(target: string, linkPath: string): Promise<void> {
    this.volume.symlinkSync(target, linkPath);
  }
  async link(existingPath: string, newPath: string): Promise<void> {
    this.volume.linkSync(existingPath, newPath);
  }
  async readlink(path: string): Promise<string> {
    return this.volume.readlinkSync(path);
  }
  async realpath(path: string): Promise<string> {
    return this.volume.realpathSync(path);
  }
  async utimes(path: string, atime: Date, mtime: Date): Promise<void> {
    this.volume.utimesSync(path, atime, mtime);
  }
}
