// `npm run build`: next build (telemetry off, on every OS), engine preloads and the CSP meta tag in every page.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { addCompileHint, chunksToHint } from './compile-hints';
import { withCsp } from './csp';
import { engineChunks, exerciseChunks, islandChunks } from './engine-chunks';
import { writeServiceWorker } from './service-worker';

const started = Date.now();
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const next = spawnSync('next', ['build'], { stdio: 'inherit', env, shell: process.platform === 'win32' });
if (next.status !== 0) process.exit(next.status ?? 1);

const outDir = path.resolve('out');
const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((name) =>
  name.endsWith('.html'),
);
if (pages.length === 0) throw new Error(`No HTML files in ${outDir}`);

// Pages with a terminal fetch the terminal's islands, the engine and the chunks of their exercises with the HTML,
// not after hydration (the engine loads an exercise's module on first use, for its setup: preloaded, that is no
// second round trip). All at low priority, as Next's async scripts have (at the default, high, the engine took
// every connection and delayed hydration by seconds), so document order decides: on HTTP/1.1's six connections
// the engine's largest chunk, the last to arrive, goes before the page's scripts and starts with them; then the
// page's scripts, the islands (they hydrate the terminal), the engine's other chunks, largest first, and the
// exercises' chunks.
const islands = islandChunks(outDir);
const exercises = exerciseChunks(outDir);
const bySize = (files: string[]) =>
  [...files].sort((a, b) => statSync(path.join(outDir, b)).size - statSync(path.join(outDir, a)).size);
const engine = engineChunks(outDir);
const [largest, ...rest] = bySize(engine.filter((file) => !islands.includes(file)));
const preload = (files: string[]) =>
  files.map((file) => `<link rel="preload" as="script" fetchPriority="low" href="/${file}"/>`).join('');
let withTerminal = 0;
for (const page of pages) {
  const file = path.join(outDir, page);
  let html = readFileSync(file, 'utf8');
  if (html.includes('data-terminal-key=')) {
    const ids = [...new Set([...html.matchAll(/\bdata-exercise="([^"]+)"/g)].map((m) => m[1] ?? ''))];
    const missing = ids.filter((id) => !exercises.has(id));
    if (missing.length > 0)
      throw new Error(
        `${page}: no chunks found for exercise ${missing.join(', ')}: Turbopack output changed?`,
      );
    const firstScript = html.indexOf('<script');
    if (firstScript < 0 || firstScript > html.indexOf('</head>'))
      throw new Error(`${page}: no script in <head>`);
    const own = ids.flatMap((id) => exercises.get(id) ?? []);
    const late = [...new Set([...islands, ...rest, ...own])].filter((chunk) => chunk !== largest);
    html = html.slice(0, firstScript) + preload(largest ? [largest] : []) + html.slice(firstScript);
    html = html.replace('</head>', `${preload(late)}</head>`);
    withTerminal++;
  }
  writeFileSync(file, withCsp(html));
}
// What a page loads is compiled on a background thread while it downloads, not on first call (compile-hints.ts).
const hinted = chunksToHint(outDir);
for (const chunk of hinted) addCompileHint(outDir, chunk);
writeServiceWorker(outDir).then(
  (worker) =>
    console.log(
      `Engine (${engine.length} chunks) preloaded in ${withTerminal} pages; ${hinted.length} chunks compiled ` +
        `as they load; CSP meta tag written into ` +
        `${pages.length} pages; service worker precaches ${worker.count} files ` +
        `(${(worker.size / 1e6).toFixed(1)} MB); build took ${((Date.now() - started) / 1000).toFixed(1)} s`,
    ),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
