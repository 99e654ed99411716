// Finds the chunks of lazily loaded code in a static export: the sandbox engine, the terminal's islands.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A string only the engine's code contains (the snapshot format name in lib/shell/snapshot.ts). */
const ENGINE_MARKER = 'skillshell-sandbox';

/**
 * Strings only each lazy island's own chunk contains (app/_components/exercise/islands.tsx): the terminal
 * section's `data-terminal-key` attribute and the exercise panel's `data-exercise-panel`.
 */
const ISLAND_MARKERS = ['data-terminal-key', 'data-exercise-panel'];

/**
 * The chunk files (paths under out/, e.g. `_next/static/chunks/x.js`) that a lazy `import()` of the code
 * containing `marker` loads: Turbopack writes each lazy import as `Promise.all(["static/chunks/a.js", …]
 * .map(…))`; every such list outside the marked chunks that includes a marked chunk belongs to it. Lists
 * written inside the marked chunks are their own lazy parts (an `aws` service module, a command loaded on
 * first use): not included (the service worker still precaches them). Throws when the marker or the lists
 * cannot be found, so a change in Turbopack's output is noticed.
 */
export function lazyChunksWith(outDir: string, marker: string): string[] {
  const dir = path.join(outDir, '_next/static/chunks');
  const scripts = readdirSync(dir).filter((name) => name.endsWith('.js'));
  const texts = new Map(scripts.map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]));
  const marked = scripts.filter((name) => texts.get(name)?.includes(marker));
  if (marked.length === 0) throw new Error(`no chunk in ${dir} contains the marker "${marker}"`);
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
    throw new Error(`no lazy import list loads the chunk with "${marker}": Turbopack output changed?`);
  return [...found].sort().map((file) => `_next/static/chunks/${file}`);
}

/** The sandbox engine's chunks (for preload links and bench:web's engine figure). */
export function engineChunks(outDir: string): string[] {
  return lazyChunksWith(outDir, ENGINE_MARKER);
}

/** The chunks of the lazy terminal and exercise panel islands (preloaded with the HTML, before the engine). */
export function islandChunks(outDir: string): string[] {
  return [...new Set(ISLAND_MARKERS.flatMap((marker) => lazyChunksWith(outDir, marker)))].sort();
}
