// Writes out/sw.js: the service worker (service-worker/sw.ts, bundled with esbuild) with the build's precache list.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { IMMUTABLE_PREFIX } from '../service-worker/immutable';

/** The service worker's file name (the registration in app/layout.tsx uses it). */
export const SERVICE_WORKER_FILE = 'sw.js';

/** One precached file: its URL and, unless the URL holds one, a content hash (a changed file gets a new revision). */
export interface PrecacheEntry {
  url: string;
  /** Null for a file whose URL holds its content hash (`/_next/static/`): its URL is then its cache key. */
  revision: string | null;
}

/** Every file of the export except source maps and the worker itself. */
export function precacheEntries(outDir: string): PrecacheEntry[] {
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => statSync(path.join(outDir, name)).isFile())
    .filter((name) => !name.endsWith('.map') && name !== SERVICE_WORKER_FILE)
    .sort();
  return files.map((name) => ({
    url: `/${name}`,
    revision: `/${name}`.startsWith(IMMUTABLE_PREFIX)
      ? null
      : createHash('sha256')
          .update(readFileSync(path.join(outDir, name)))
          .digest('hex')
          .slice(0, 16),
  }));
}

/** Bundles the worker with the precache list into out/sw.js; returns how many files and bytes it precaches. */
export async function writeServiceWorker(outDir: string): Promise<{ count: number; size: number }> {
  const entries = precacheEntries(outDir);
  await build({
    entryPoints: [path.resolve('service-worker/sw.ts')],
    outfile: path.join(outDir, SERVICE_WORKER_FILE),
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'warning',
    define: { __SKILLSHELL_PRECACHE__: JSON.stringify(entries), 'process.env.NODE_ENV': '"production"' },
  });
  const size = entries.reduce((n, e) => n + statSync(path.join(outDir, e.url.slice(1))).size, 0);
  return { count: entries.length, size };
}
