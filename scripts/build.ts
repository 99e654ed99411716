// `npm run build`: next build (telemetry off, on every OS) then the CSP meta tag in every page; prints the time taken.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withCsp } from './csp';

const started = Date.now();
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const next = spawnSync('next', ['build'], { stdio: 'inherit', env, shell: process.platform === 'win32' });
if (next.status !== 0) process.exit(next.status ?? 1);

const outDir = path.resolve('out');
const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((name) =>
  name.endsWith('.html'),
);
if (pages.length === 0) throw new Error(`No HTML files in ${outDir}`);
for (const page of pages) {
  const file = path.join(outDir, page);
  writeFileSync(file, withCsp(readFileSync(file, 'utf8')));
}
console.log(
  `CSP meta tag written into ${pages.length} pages; build took ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
