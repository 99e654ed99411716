// An in-memory AwsFileSystem with modes, for tests and fixtures (umask 022 like the recording machine).
import type { AwsFileSystem } from '../types';

/** One entry of a fixture's file listing (paths relative to HOME). */
export type FixtureEntry = { type: 'directory'; mode: number } | { content: string; mode?: number };

type Node = { kind: 'dir'; mode: number } | { kind: 'file'; mode: number; content: string };

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
    this.nodes.set(path, { kind: 'file', content, mode: existing?.mode ?? mode & ~0o022 });
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
        this.nodes.set(path, { kind: 'file', content: entry.content, mode: entry.mode ?? 0o644 });
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
