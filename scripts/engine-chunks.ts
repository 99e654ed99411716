// Finds the chunks of lazily loaded code in a static export: the sandbox engine (for preload links and the engine
// figure of the benches), the chunks of each exercise the engine loads on first use, and the terminal's islands.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A string only the engine entry contains (`ENGINE_ENTRY` in app/_components/terminal/engine-entry.ts). */
export const ENGINE_ENTRY_MARKER = 'skillshell-engine-entry';

/**
 * Strings only each lazy island's own chunk contains (app/_components/exercise/islands.tsx): the terminal
 * section's `data-terminal-key` attribute and the exercise panel's `data-exercise-panel`.
 */
const ISLAND_MARKERS = ['data-terminal-key', 'data-exercise-panel'];

/** One lazy import as Turbopack writes it: `Promise.all(["static/chunks/a.js", …].map(…))`, in chunk `in`. */
interface LazyList {
  in: string;
  files: string[];
}

interface Export {
  texts: Map<string, string>;
  lists: LazyList[];
}

function readExport(outDir: string): Export {
  const dir = path.join(outDir, '_next/static/chunks');
  const scripts = readdirSync(dir).filter((name) => name.endsWith('.js'));
  const texts = new Map(scripts.map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]));
  const lists: LazyList[] = [];
  for (const [name, text] of texts)
    for (const list of text.matchAll(/Promise\.all\(\[((?:"static\/chunks\/[^"]+",?)+)\]/g)) {
      const files = [...(list[1] ?? '').matchAll(/"static\/chunks\/([^"]+)"/g)].map((m) => m[1] ?? '');
      lists.push({ in: name, files: files.filter((file) => file.endsWith('.js')) });
    }
  return { texts, lists };
}

/**
 * The files of the lazy imports that load the chunk containing `marker`: the lists that include a marked chunk,
 * minus lists written inside the files they load (those are the imported code's own lazy parts).
 */
function lazyImportOf({ texts, lists }: Export, dir: string, marker: string): Set<string> {
  const entry = [...texts].filter(([, text]) => text.includes(marker)).map(([name]) => name);
  if (entry.length === 0) throw new Error(`no chunk in ${dir} contains the marker "${marker}"`);
  const loading = lists.filter((list) => list.files.some((file) => entry.includes(file)));
  // A list written inside one of the imported chunks is a lazy part of them, even when it names the entry.
  const inside = new Set(loading.flatMap((list) => list.files));
  const found = new Set(loading.filter((list) => !inside.has(list.in)).flatMap((list) => list.files));
  if (found.size === 0)
    throw new Error(`no lazy import list loads the chunk with "${marker}": Turbopack output changed?`);
  return found;
}

const engineOf = (exported: Export, dir: string) => lazyImportOf(exported, dir, ENGINE_ENTRY_MARKER);

/**
 * The chunk files (paths under out/, e.g. `_next/static/chunks/x.js`) of the page's lazy `import()` of the
 * engine entry (`loadEngine()` in app/_components/terminal/engine.ts): the lists in the page's code that
 * include the chunk holding the entry's marker. Other lazy imports that share engine code (the exercise
 * panel's grading) are not the engine; lists written inside the engine's chunks are its lazy parts (an `aws`
 * service, a command, an exercise), precached by the service worker but not preloaded. Throws when the marker
 * or the lists cannot be found, so a change in Turbopack's output is noticed.
 */
export function engineChunks(outDir: string): string[] {
  const engine = engineOf(readExport(outDir), outDir);
  return [...engine].sort().map((file) => `_next/static/chunks/${file}`);
}

/**
 * For each exercise the engine loads on first use (`loadExercise` in exercises/load-exercise.ts), the chunks
 * of its lazy import that the engine does not already hold: found as the lists inside the engine's chunks
 * whose files define exactly one exercise (`defineExercise({ id: "…", title: … })`).
 */
export function exerciseChunks(outDir: string): Map<string, string[]> {
  const exported = readExport(outDir);
  const engine = engineOf(exported, outDir);
  const defined = (file: string) =>
    [...(exported.texts.get(file) ?? '').matchAll(/\bid:"([a-z0-9-]+)",title:/g)].map((m) => m[1] ?? '');
  const byExercise = new Map<string, string[]>();
  for (const list of exported.lists) {
    if (!engine.has(list.in)) continue;
    const own = list.files.filter((file) => !engine.has(file));
    const ids = new Set(own.flatMap(defined));
    const [id] = ids;
    if (ids.size === 1 && id)
      byExercise.set(
        id,
        own.sort().map((file) => `_next/static/chunks/${file}`),
      );
  }
  return byExercise;
}

/** The chunks of the lazy terminal and exercise panel islands (preloaded with the HTML, before the engine). */
export function islandChunks(outDir: string): string[] {
  const exported = readExport(outDir);
  const files = ISLAND_MARKERS.flatMap((marker) => [...lazyImportOf(exported, outDir, marker)]);
  return [...new Set(files)].sort().map((file) => `_next/static/chunks/${file}`);
}
