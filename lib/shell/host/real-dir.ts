// Node-only helpers of the headless runner: copy a real directory into a snapshot and back out again.
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { FsEntry, SandboxSnapshot } from '../types';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Every entry below `dir` as snapshot entries keyed by `prefix/<relative path>` (modes kept). */
export function readRealDirectory(dir: string, prefix: string): Record<string, FsEntry> {
  const out: Record<string, FsEntry> = {};
  const walk = (real: string, virtual: string) => {
    for (const name of readdirSync(real).sort()) {
      const path = join(real, name);
      const target = `${virtual}/${name}`;
      const stat = lstatSync(path);
      const mode = stat.mode & 0o7777;
      if (stat.isSymbolicLink()) out[target] = { type: 'symlink', target: readlinkSync(path) };
      else if (stat.isDirectory()) {
        out[target] = { type: 'directory', mode };
        walk(path, target);
      } else if (stat.isFile()) {
        const bytes = readFileSync(path);
        try {
          out[target] = { type: 'file', content: utf8.decode(bytes), mode };
        } catch {
          out[target] = { type: 'file', content: bytes.toString('base64'), encoding: 'base64', mode };
        }
      }
    }
  };
  walk(dir, prefix);
  return out;
}

/** Writes the snapshot's entries below `prefix` into the real directory `dir` (contents and modes). */
export function writeRealDirectory(snapshot: SandboxSnapshot, prefix: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const directories: [string, number][] = [];
  const entries = Object.entries(snapshot.files)
    .filter(([path]) => path.startsWith(`${prefix}/`))
    .sort(([a], [b]) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1));
  for (const [path, entry] of entries) {
    const real = join(dir, path.slice(prefix.length + 1));
    if (entry.type === 'directory') {
      mkdirSync(real, { recursive: true });
      directories.push([real, entry.mode]);
    } else if (entry.type === 'symlink') symlinkSync(entry.target, real);
    else {
      writeFileSync(real, entry.encoding === 'base64' ? Buffer.from(entry.content, 'base64') : entry.content);
      chmodSync(real, entry.mode);
    }
  }
  for (const [real, mode] of directories.reverse()) chmodSync(real, mode);
}
