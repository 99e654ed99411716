// Snapshot and restore of the whole sandbox as plain JSON, and validation of untrusted saved state.
import type { FsEntry, SandboxSnapshot } from './types';
import { validateSnapshot } from './snapshot-schema';
import { createEmptyVolume, isCommandStub, type MemVolume } from './volume';

const utf8 = new TextDecoder('utf-8', { fatal: true });

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/** Every file, directory and symlink of the volume, keyed by absolute path (sorted). */
export function volumeEntries(volume: MemVolume): Record<string, FsEntry> {
  const files: Record<string, FsEntry> = {};
  const walk = (dir: string): void => {
    const names = volume.readdirSync(dir);
    for (const name of names) {
      const path = dir === '/' ? `/${name}` : `${dir}/${name}`;
      const stat = volume.lstatSync(path);
      const mode = Number(stat.mode) & 0o7777;
      if (stat.isSymbolicLink()) files[path] = { type: 'symlink', target: volume.readlinkSync(path) };
      else if (stat.isDirectory()) {
        files[path] = { type: 'directory', mode };
        walk(path);
      } else {
        const bytes = volume.readFileSync(path);
        try {
          const content = utf8.decode(bytes);
          if (mode === 0o755 && isCommandStub(path, content)) continue;
          files[path] = { type: 'file', content, mode };
        } catch {
          files[path] = { type: 'file', content: toBase64(bytes), encoding: 'base64', mode };
        }
      }
    }
  };
  walk('/');
  return files;
}

/** A volume holding exactly these entries. */
export function volumeFromEntries(files: Record<string, FsEntry>): MemVolume {
  const volume = createEmptyVolume();
  const paths = Object.keys(files).sort(
    (a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1),
  );
  const directories: [string, number][] = [];
  for (const path of paths) {
    const entry = files[path];
    if (!entry) continue;
    const parent = path.slice(0, path.lastIndexOf('/')) || '/';
    if (!volume.existsSync(parent)) volume.mkdirSync(parent, { recursive: true, mode: 0o755 });
    if (entry.type === 'directory') {
      if (!volume.existsSync(path)) volume.mkdirSync(path);
      directories.push([path, entry.mode]);
    } else if (entry.type === 'symlink') volume.symlinkSync(entry.target, path);
    else {
      const content = entry.encoding === 'base64' ? fromBase64(entry.content) : entry.content;
      volume.writeFileSync(path, content);
      volume.chmodSync(path, entry.mode);
    }
  }
  // Directory modes last, so a read-only directory does not block its own children.
  for (const [path, mode] of directories) volume.chmodSync(path, mode);
  return volume;
}

export type ParseSnapshotResult = { ok: true; snapshot: SandboxSnapshot } | { ok: false; error: string };

/** Validates untrusted saved state (e.g. from localStorage). Never throws. */
export function parseSnapshot(value: unknown): ParseSnapshotResult {
  return validateSnapshot(value);
}
