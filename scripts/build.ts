// `npm run build`: next build (telemetry off, on every OS), engine preloads and the CSP meta tag in every page.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withCsp } from './csp';
import { engineChunks, islandChunks } from './engine-chunks';
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

// Pages with a terminal fetch the terminal's islands and the engine with the HTML, not after hydration: the
// islands first (they hydrate the terminal), then the engine. Low priority, as Next's async scripts have, so
// both queue behind the page's own scripts: at the default (high) the engine took every connection and
// delayed hydration by seconds.
const islands = islandChunks(outDir);
const engine = engineChunks(outDir).filter((file) => !islands.includes(file));
const preloads = [...islands, ...engine]
  .map((file) => `<link rel="preload" as="script" fetchPriority="low" href="/${file}"/>`)
  .join('');
let withTerminal = 0;
for (const page of pages) {
  const file = path.join(outDir, page);
  let html = readFileSync(file, 'utf8');
  if (html.includes('data-terminal-key=')) {
    html = html.replace('</head>', `${preloads}</head>`);
    withTerminal++;
  }
  writeFileSync(file, withCsp(html));
}
writeServiceWorker(outDir).then(
  (worker) =>
    console.log(
      `Terminal islands (${islands.length} chunks) and engine (${engine.length} chunks) preloaded in ${withTerminal} pages; CSP meta tag written into ` +
        `${pages.length} pages; service worker precaches ${worker.count} files ` +
        `(${(worker.size / 1e6).toFixed(1)} MB); build took ${((Date.now() - started) / 1000).toFixed(1)} s`,
    ),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
