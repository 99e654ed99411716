// An in-memory AwsFileSystem with modes, for tests and fixtures (umask 022 like the recording machine).
import type { AwsFileStat, AwsFileSystem } from '../types';

/** One entry of a fixture's file listing (paths relative to HOME). */
export type FixtureEntry = { type: 'directory'; mode: number } | { content: string; mode?: number };

type Node =
  | { kind: 'dir'; mode: number; mtimeMs?: number }
  | { kind: 'file'; mode: number; content: string; bytes?: Uint8Array; mtimeMs?: number };

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

function parent(path: string): string {
  const at = path.lastIndexOf('/');
  return at <= 0 ? '/' : path.slice(0, at);
}

export class MemoryFileSystem implements AwsFileSystem {
  readonly nodes = new Map<string, Node>([['/', { kind: 'dir', mode: 0o755 }]]);
  /** Every path written, in order (to prove that nothing was rewritten). */
  readonly writes: string[] = [];

  async readFile(path: string): Promise<string | null> {
    const node = this.nodes.get(path);
    return node?.kind === 'file' ? node.content : null;
  }

  async writeFile(path: string, content: string, mode = 0o644): Promise<void> {
    const dir = this.nodes.get(parent(path));
    if (dir?.kind !== 'dir') throw new Error(`ENOENT: no such directory ${parent(path)}`);
    const existing = this.nodes.get(path);
    if (existing?.kind === 'dir') throw new Error(`EISDIR: ${path}`);
    this.writes.push(path);
    this.nodes.set(path, {
      kind: 'file',
      content,
      mode: existing?.mode ?? mode & ~0o022,
      mtimeMs: this.now(),
    });
  }

  /** The clock new files are stamped with (tests may replace it). */
  now: () => number = () => Date.now();

  async readBytes(path: string): Promise<Uint8Array | null> {
    const node = this.nodes.get(path);
    if (node?.kind !== 'file') return null;
    return node.bytes ?? utf8.encode(node.content);
  }

  async writeBytes(path: string, data: Uint8Array, mtimeMs?: number): Promise<void> {
    await this.writeFile(path, fromUtf8.decode(data));
    const node = this.nodes.get(path);
    if (node?.kind === 'file') {
      node.bytes = data.slice();
      node.mtimeMs = mtimeMs ?? this.now();
    }
  }

  async stat(path: string): Promise<AwsFileStat | null> {
    const node = this.nodes.get(path);
    if (!node) return null;
    const mtimeMs = node.mtimeMs ?? 0;
    if (node.kind === 'dir') return { kind: 'directory', size: 0, mtimeMs };
    return { kind: 'file', size: node.bytes?.length ?? utf8.encode(node.content).length, mtimeMs };
  }

  async readDir(path: string): Promise<string[] | null> {
    if (this.nodes.get(path)?.kind !== 'dir') return null;
    const prefix = path === '/' ? '/' : `${path}/`;
    const names: string[] = [];
    for (const key of this.nodes.keys()) {
      if (key !== path && key.startsWith(prefix) && !key.slice(prefix.length).includes('/'))
        names.push(key.slice(prefix.length));
    }
    return names.sort();
  }

  async removeFile(path: string): Promise<void> {
    if (this.nodes.get(path)?.kind !== 'file') throw new Error(`ENOENT: ${path}`);
    this.nodes.delete(path);
  }

  async mkdirp(path: string, mode = 0o755): Promise<void> {
    if (path === '/' || this.nodes.get(path)?.kind === 'dir') return;
    await this.mkdirp(parent(path), mode);
    if (this.nodes.has(path)) throw new Error(`EEXIST: ${path} is a file`);
    this.nodes.set(path, { kind: 'dir', mode: mode & ~0o022 });
  }

  async exists(path: string): Promise<boolean> {
    return this.nodes.has(path);
  }

  /** Creates the fixture's files under `home` (files default to 0644). */
  async seed(home: string, entries: Record<string, FixtureEntry>): Promise<void> {
    await this.mkdirp(home);
    for (const [relative, entry] of Object.entries(entries)) {
      const path = `${home}/${relative}`;
      if ('type' in entry) {
        await this.mkdirp(path);
        this.nodes.set(path, { kind: 'dir', mode: entry.mode });
      } else {
        await this.mkdirp(parent(path));
        this.nodes.set(path, {
          kind: 'file',
          content: entry.content,
          mode: entry.mode ?? 0o644,
          mtimeMs: this.now(),
        });
      }
    }
  }

  /** Everything under `home`, in the fixtures' shape. */
  dump(home: string): Record<string, FixtureEntry> {
    const result: Record<string, FixtureEntry> = {};
    for (const [path, node] of [...this.nodes].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (!path.startsWith(`${home}/`)) continue;
      const relative = path.slice(home.length + 1);
      result[relative] =
        node.kind === 'dir'
          ? { type: 'directory', mode: node.mode }
          : { content: node.content, mode: node.mode };
    }
    return result;
  }
}
