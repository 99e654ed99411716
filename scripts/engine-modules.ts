// `npx tsx scripts/engine-modules.ts [--all] [--lazy | chunk files…]`: what the built engine holds, module by module, from the
// source maps of an analysis build (`SKILLSHELL_SOURCE_MAPS=1 npm run build`; next.config.ts turns them on).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { engineChunks } from './engine-chunks';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one line of a source map's `mappings` into [generated column, source index | -1] pairs. */
export function decodeLine(line: string, state: { source: number }): [number, number][] {
  const segments: [number, number][] = [];
  let column = 0;
  for (const segment of line.split(',')) {
    if (segment === '') continue;
    const fields: number[] = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
      const digit = BASE64.indexOf(char);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    column += fields[0] ?? 0;
    if (fields.length >= 4) state.source += fields[1] ?? 0;
    segments.push([column, fields.length >= 4 ? state.source : -1]);
  }
  return segments;
}

/** The source of each generated character of `code`, as text per source name (`(unmapped)` for the rest). */
export function textBySource(
  code: string,
  map: { sources: string[]; mappings: string },
): Map<string, string> {
  const parts = new Map<string, string[]>();
  const add = (name: string, text: string) => {
    if (text === '') return;
    const list = parts.get(name) ?? [];
    list.push(text);
    parts.set(name, list);
  };
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  const state = { source: 0 };
  lines.forEach((text, index) => {
    const segments = decodeLine(mappingLines[index] ?? '', state);
    let covered = 0;
    segments.forEach(([column, source], i) => {
      add('(unmapped)', text.slice(covered, column));
      const end = segments[i + 1]?.[0] ?? text.length;
      add(source < 0 ? '(unmapped)' : (map.sources[source] ?? '(unmapped)'), text.slice(column, end));
      covered = Math.max(covered, end);
    });
    add('(unmapped)', text.slice(covered) + '\n');
  });
  return new Map([...parts].map(([name, list]) => [name, list.join('')]));
}

/** `node_modules/just-bash/dist/bundle/chunks/x.js` → `just-bash/…/x.js`; our files keep their path. */
function shortName(source: string): string {
  const file = source.replace(/^turbopack:\/\/\/\[project\]\//, '').replace(/^turbopack:\/\/\//, '');
  const dep = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(file);
  if (!dep) return file;
  const rest = dep[2] ?? '';
  return `${dep[1]}/${rest.replace(/^dist\/(bundle\/)?/, '')}`;
}

interface Row {
  module: string;
  raw: number;
  gzip: number;
}

function analyse(outDir: string, files: string[]): { rows: Row[]; raw: number; gzip: number } {
  const texts = new Map<string, string[]>();
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const code = readFileSync(path.join(outDir, file), 'utf8');
    raw += Buffer.byteLength(code);
    gzip += gzipSync(code, { level: 9 }).length;
    const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
    const mapFile = url ? path.join(outDir, path.dirname(file), url) : '';
    if (!url || !existsSync(mapFile))
      throw new Error(`${file} has no source map: build with SKILLSHELL_SOURCE_MAPS=1 npm run build`);
    const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; mappings: string };
    for (const [source, text] of textBySource(code, map)) {
      const name = shortName(source);
      texts.set(name, [...(texts.get(name) ?? []), text]);
    }
  }
  const rows = [...texts].map(([module, list]) => {
    const text = list.join('');
    return { module, raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
  });
  return { rows: rows.sort((a, b) => b.raw - a.raw), raw, gzip };
}

/** The lazy chunks the engine's own `import()`s load (lists inside the engine chunks), not the engine itself. */
function lazyChunks(outDir: string, engine: string[]): string[] {
  const found = new Set<string>();
  for (const file of engine) {
    const text = readFileSync(path.join(outDir, file), 'utf8');
    for (const match of text.matchAll(/"static\/chunks\/([^"]+\.js)"/g))
      found.add(`_next/static/chunks/${match[1]}`);
  }
  for (const file of engine) found.delete(file);
  return [...found].filter((file) => existsSync(path.join(outDir, file))).sort();
}

function main() {
  // `… | head` closes the pipe early: stop quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const outDir = path.resolve(process.env.MEASURE_OUT ?? 'out');
  const all = process.argv.includes('--all');
  const engine = engineChunks(outDir);
  const named = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const files =
    named.length > 0 ? named : process.argv.includes('--lazy') ? lazyChunks(outDir, engine) : engine;
  if (!readdirSync(path.join(outDir, '_next/static/chunks')).some((name) => name.endsWith('.js.map')))
    throw new Error('no source maps in out/: build with SKILLSHELL_SOURCE_MAPS=1 npm run build');
  const { rows, raw, gzip } = analyse(outDir, files);
  const kB = (bytes: number) => (bytes / 1000).toFixed(1).padStart(7);
  console.log(`${files.length} chunks, ${kB(raw)} kB raw, ${kB(gzip)} kB gzip (each chunk gzipped whole)`);
  console.log(`${'raw kB'.padStart(7)} ${'gzip kB'.padStart(7)}  module (gzip: the module's bytes alone)`);
  for (const row of all ? rows : rows.slice(0, 40))
    console.log(`${kB(row.raw)} ${kB(row.gzip)}  ${row.module}`);
  const groups = new Map<string, Row>();
  for (const row of rows) {
    const dep = /^((?:@[^/]+\/)?[^/]+)\//.exec(row.module)?.[1] ?? row.module;
    const group =
      row.module.startsWith('lib/') || row.module.startsWith('exercises')
        ? row.module
            .split('/')
            .slice(0, row.module.startsWith('lib/aws/services/') ? 4 : 2)
            .join('/')
        : dep;
    const sum = groups.get(group) ?? { module: group, raw: 0, gzip: 0 };
    sum.raw += row.raw;
    sum.gzip += row.gzip;
    groups.set(group, sum);
  }
  console.log('\nby package / folder (gzip: sum of the modules alone)');
  for (const row of [...groups.values()].sort((a, b) => b.raw - a.raw).slice(0, 30))
    console.log(`${kB(row.raw)} ${kB(row.gzip)}  ${row.module}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
