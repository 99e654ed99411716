// The learner's files as the s3 commands see them: byte-level access, stat and the CLI's listing order.
import type { AwsFileStat, AwsFileSystem } from '../../types';
import { dirname } from './paths';

/** The byte-level file system the transfers need (both sandbox adapters implement the optional methods). */
export interface LocalFiles {
  read(path: string): Promise<Uint8Array | null>;
  write(path: string, data: Uint8Array, mtimeMs?: number): Promise<void>;
  /** Creates the folder a download goes into (awscli does when the download is queued, before any request). */
  makeParent(path: string): Promise<void>;
  stat(path: string): Promise<AwsFileStat | null>;
  list(dir: string): Promise<string[]>;
  remove(path: string): Promise<void>;
}

export function localFiles(fs: AwsFileSystem): LocalFiles {
  const { readBytes, writeBytes, stat, readDir, removeFile } = fs;
  if (!readBytes || !writeBytes || !stat || !readDir || !removeFile) {
    throw new Error('this file system offers no byte-level access for aws s3');
  }
  return {
    read: (path) => readBytes.call(fs, path),
    async write(path, data, mtimeMs) {
      await fs.mkdirp(dirname(path));
      await writeBytes.call(fs, path, data, mtimeMs);
    },
    makeParent: (path) => fs.mkdirp(dirname(path)),
    stat: (path) => stat.call(fs, path),
    list: async (dir) => (await readDir.call(fs, dir)) ?? [],
    remove: (path) => removeFile.call(fs, path),
  };
}

/** One local file found under a directory. */
export interface LocalEntry {
  path: string;
  /** Relative to the listed root, with `/`. */
  relative: string;
  size: number;
  mtimeMs: number;
}

/**
 * Every file under `root` in the order awscli lists them: per directory, names sorted with a `/` appended to
 * directories, so that the whole listing is in the byte order of the relative paths (as S3 lists keys).
 */
export async function walk(files: LocalFiles, root: string, relative = ''): Promise<LocalEntry[]> {
  const dir = relative ? `${root}/${relative.replace(/\/$/, '')}` : root;
  const names: { name: string; stat: AwsFileStat }[] = [];
  for (const name of await files.list(dir)) {
    const stat = await files.stat(`${dir}/${name}`);
    if (stat) names.push({ name: stat.kind === 'directory' ? `${name}/` : name, stat });
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: LocalEntry[] = [];
  for (const { name, stat } of names) {
    const rel = relative + name;
    if (stat.kind === 'directory') out.push(...(await walk(files, root, rel)));
    else
      out.push({
        path: `${root === '/' ? '' : root}/${rel}`,
        relative: rel,
        size: stat.size,
        mtimeMs: stat.mtimeMs,
      });
  }
  return out;
}

const MIME: Record<string, string> = {
  txt: 'text/plain',
  log: 'text/plain',
  md: 'text/markdown',
  html: 'text/html',
  htm: 'text/html',
  css: 'text/css',
  csv: 'text/csv',
  js: 'text/javascript',
  json: 'application/json',
  xml: 'application/xml',
  pdf: 'application/pdf',
  zip: 'application/zip',
  gz: 'application/gzip',
  tar: 'application/x-tar',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  sh: 'application/x-sh',
  yaml: 'application/yaml',
  yml: 'application/yaml',
};

/** The Content-Type the CLI guesses from the extension (Python's mimetypes), or undefined. */
export function guessContentType(path: string): string | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? MIME[name.slice(dot + 1).toLowerCase()] : undefined;
}
