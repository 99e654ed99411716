// Finds the sandbox engine's chunks in a static export (for preload links and bench:web's engine figure).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A string only the engine's code contains (the snapshot format name in lib/shell/snapshot.ts). */
const ENGINE_MARKER = 'skillshell-sandbox';

/**
 * The chunk files (paths under out/, e.g. `_next/static/chunks/x.js`) that the page's lazy `import()`s of the
 * engine load: Turbopack writes each lazy import as `Promise.all(["static/chunks/a.js", …].map(…))`; every
 * such list in the page's code that includes the chunk holding the engine's marker is part of the engine.
 * Lists written inside the engine's own chunk are its lazy parts (an `aws` service module, a command loaded
 * on first use): they are not the engine, so they are not preloaded (the service worker still precaches
 * them). Throws when the marker or the lists cannot be found, so a change in Turbopack's output is noticed.
 */
export function engineChunks(outDir: string): string[] {
  const dir = path.join(outDir, '_next/static/chunks');
  const scripts = readdirSync(dir).filter((name) => name.endsWith('.js'));
  const texts = new Map(scripts.map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]));
  const marked = scripts.filter((name) => texts.get(name)?.includes(ENGINE_MARKER));
  if (marked.length === 0)
    throw new Error(`no chunk in ${dir} contains the engine marker "${ENGINE_MARKER}"`);
  const found = new Set<string>();
  for (const [name, text] of texts) {
    if (marked.includes(name)) continue;
    for (const list of text.matchAll(/Promise\.all\(\[((?:"static\/chunks\/[^"]+",?)+)\]/g)) {
      const files = [...(list[1] ?? '').matchAll(/"static\/chunks\/([^"]+)"/g)].map((m) => m[1] ?? '');
      if (!files.some((file) => marked.includes(file))) continue;
      for (const file of files) if (file.endsWith('.js')) found.add(file);
    }
  }
  if (found.size === 0)
    throw new Error('no lazy import list loads the engine chunk: Turbopack output changed?');
  return [...found].sort().map((file) => `_next/static/chunks/${file}`);
}
