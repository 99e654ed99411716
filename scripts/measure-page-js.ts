// Prints the JavaScript a built page loads before any interaction: its <script src> files and inline scripts, gzipped.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const outDir = path.resolve('out');
const pages = process.argv.slice(2);
if (pages.length === 0)
  pages.push('lessons/aws-foundations/aws-programmatic-access/index.html', 'index.html');

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const gzip = (text: Buffer | string) => gzipSync(text, { level: 9 }).length;

for (const page of pages) {
  const file = path.join(outDir, page);
  if (!existsSync(file)) throw new Error(`${file} does not exist: run npm run build first`);
  const html = readFileSync(file, 'utf8');
  let external = 0;
  let raw = 0;
  const sources = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/gi)) {
    const tag = match[0];
    // nomodule scripts (legacy polyfills) are not downloaded by the browsers the site targets.
    if (/\bnomodule\b/i.test(tag)) continue;
    sources.add(match[1] as string);
  }
  // Chunks preloaded as scripts are fetched before interaction too.
  for (const match of html.matchAll(/<link\b[^>]*rel="preload"[^>]*as="script"[^>]*href="([^"]+)"/gi)) {
    sources.add(match[1] as string);
  }
  for (const src of sources) {
    const body = readFileSync(path.join(outDir, decodeURIComponent(src.split('?')[0] as string)));
    raw += body.length;
    external += gzip(body);
  }
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
    .map((m) => m[1])
    .join('');
  console.log(
    `${page}: ${sources.size} script files ${kB(external)} gzip (${kB(raw)} raw); inline scripts ${kB(gzip(inline))} gzip; total ${kB(external + gzip(inline))} gzip`,
  );
}
