// Snapshot and restore of the whole sandbox as plain JSON, and validation of untrusted saved state.
import * as z from 'zod/mini';
import type { FsEntry, SandboxSnapshot } from './types';
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
    const names = (volume.readdirSync(dir) as string[]).map(String).sort();
    for (const name of names) {
      const path = dir === '/' ? `/${name}` : `${dir}/${name}`;
      const stat = volume.lstatSync(path);
      const mode = Number(stat.mode) & 0o7777;
      if (stat.isSymbolicLink()) files[path] = { type: 'symlink', target: String(volume.readlinkSync(path)) };
      else if (stat.isDirectory()) {
        files[path] = { type: 'directory', mode };
        walk(path);
      } else {
        const bytes = new Uint8Array(volume.readFileSync(path) as Uint8Array);
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

const mode = z.int().check(z.gte(0), z.lte(0o7777));
const absolutePath = z.string().check(
  z.minLength(1),
  z.maxLength(4096),
  z.refine(
    (p: string) =>
      p === '/' ||
      (p.startsWith('/') &&
        !p.includes('\0') &&
        !p.endsWith('/') &&
        !p
          .split('/')
          .slice(1)
          .some((s) => s === '' || s === '.' || s === '..')),
    'must be a normalised absolute path',
  ),
);

const fsEntrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('file'), content: z.string(), encoding: z.optional(z.literal('base64')), mode }),
  z.object({ type: z.literal('directory'), mode }),
  z.object({ type: z.literal('symlink'), target: z.string().check(z.minLength(1), z.maxLength(4096)) }),
]);

const variableName = z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'not a shell variable name'));
const variables = z.record(variableName, z.string());

const accountSchema = z.object({
  accountId: z.string().check(z.regex(/^\d{12}$/)),
  users: z.array(
    z.object({
      userName: z.string().check(z.minLength(1)),
      userId: z.string().check(z.minLength(1)),
      accessKeys: z.array(z.object({ accessKeyId: z.string(), secretAccessKey: z.string() })),
      buckets: z.array(z.object({ name: z.string(), creationDate: z.string() })),
    }),
  ),
});

/** zod (mini, to keep the page small) schema of SandboxSnapshot (lib/shell/types.ts). */
export const sandboxSnapshotSchema = z
  .object({
    format: z.literal('skillshell-sandbox'),
    version: z.literal(1),
    files: z.record(absolutePath, fsEntrySchema),
    exported: variables,
    variables,
    cwd: absolutePath,
    history: z.array(z.object({ command: z.string(), exitCode: z.int().check(z.gte(0), z.lte(255)) })),
    account: accountSchema,
  })
  .check(
    z.superRefine((snapshot, ctx) => {
      for (const [path, entry] of Object.entries(snapshot.files)) {
        if (
          entry.type === 'file' &&
          entry.encoding === 'base64' &&
          !/^[A-Za-z0-9+/]*={0,2}$/.test(entry.content)
        ) {
          ctx.addIssue({
            code: 'custom',
            path: ['files', path],
            message: 'invalid base64 content',
            input: entry,
          });
        }
        const parent = path.slice(0, path.lastIndexOf('/'));
        if (parent && snapshot.files[parent] && snapshot.files[parent].type !== 'directory') {
          ctx.addIssue({
            code: 'custom',
            path: ['files', path],
            message: 'parent is not a directory',
            input: entry,
          });
        }
      }
      if (snapshot.cwd !== '/' && snapshot.files[snapshot.cwd]?.type !== 'directory') {
        ctx.addIssue({
          code: 'custom',
          path: ['cwd'],
          message: 'cwd is not a directory in files',
          input: snapshot.cwd,
        });
      }
    }),
  );

export type ParseSnapshotResult = { ok: true; snapshot: SandboxSnapshot } | { ok: false; error: string };

/** Validates untrusted saved state (e.g. from localStorage). Never throws. */
export function parseSnapshot(value: unknown): ParseSnapshotResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: 'invalid sandbox snapshot: expected an object' };
  }
  try {
    const result = sandboxSnapshotSchema.safeParse(value);
    if (result.success) return { ok: true, snapshot: result.data as SandboxSnapshot };
    const issue = result.error.issues[0];
    if (!issue) return { ok: false, error: 'invalid sandbox snapshot' };
    const where = issue.path.length ? issue.path.map(String).join('.') : 'snapshot';
    return { ok: false, error: `invalid sandbox snapshot: ${where}: ${issue.message}` };
  } catch (error) {
    return { ok: false, error: `invalid sandbox snapshot: ${(error as Error).message}` };
  }
}
