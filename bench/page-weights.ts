// The weight budgets of the built pages users load (out/), in one place: `npm run bench`, `npm run bench:web`
// and `npm run measure` all read them from here, never from a stand-in bundle.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { engineChunks, exerciseChunks } from '../scripts/engine-chunks';
import { compressedSizes } from './static-server';

/** The lesson page the budgets are measured on (the first lesson with a terminal). */
export const BUDGET_PAGE = 'lessons/aws-foundations/aws-programmatic-access/index.html';

/** Issue 13's targets, gzip kB (1 kB = 1000 bytes, as DevTools counts). */
export const BUDGETS = { firstLoadKb: 150, engineKb: 300 } as const;

/** What one built page weighs, gzip bytes unless said otherwise. */
export interface PageWeights {
  /** Script files the HTML loads before any interaction (`<script src>`, not `nomodule`), paths under out/. */
  scriptFiles: string[];
  /** The page's own JavaScript before interaction: those files plus its inline scripts. */
  firstLoad: number;
  /** The sandbox engine's chunks (preloaded with the HTML, evaluated after hydration). */
  engineFiles: string[];
  engine: number;
  /** The chunks of the page's exercises that the engine loads for their setups (preloaded with the HTML too). */
  exerciseFiles: string[];
  exercises: number;
  html: { raw: number; gzip: number; br: number };
}

/** The page's `<script src>` files (paths under out/) and its inline script text. */
function htmlScripts(html: string): { files: string[]; inline: string } {
  const files = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/gi)]
    .filter((match) => !/\bnomodule\b/i.test(match[0]))
    .map((match) => decodeURIComponent((match[1] ?? '').replace(/^\//, '').split('?')[0] ?? ''));
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
    .map((match) => match[1])
    .join('');
  return { files, inline };
}

/** Measures one page of a static export. Throws, saying to build first, when out/ lacks it. */
export function pageWeights(outDir: string, page = BUDGET_PAGE): PageWeights {
  const file = path.join(outDir, page);
  if (!existsSync(file)) throw new Error(`${file} does not exist: run \`npm run build\` first`);
  const html = readFileSync(file);
  const { files, inline } = htmlScripts(html.toString('utf8'));
  const gzip = (name: string) => gzipSync(readFileSync(path.join(outDir, name)), { level: 9 }).length;
  const engineFiles = engineChunks(outDir);
  const byExercise = exerciseChunks(outDir);
  const ids = [...html.toString('utf8').matchAll(/\bdata-exercise="([^"]+)"/g)].map((m) => m[1] ?? '');
  const exerciseFiles = [...new Set(ids.flatMap((id) => byExercise.get(id) ?? []))].sort();
  return {
    scriptFiles: files,
    firstLoad: files.reduce((sum, name) => sum + gzip(name), 0) + gzipSync(inline, { level: 9 }).length,
    engineFiles,
    engine: engineFiles.reduce((sum, name) => sum + gzip(name), 0),
    exerciseFiles,
    exercises: exerciseFiles.reduce((sum, name) => sum + gzip(name), 0),
    html: compressedSizes(html),
  };
}

/** `150.2 kB` (1 kB = 1000 bytes). */
export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** The two budget lines, each with its verdict. */
export function budgetLines(weights: PageWeights): string[] {
  const line = (label: string, bytes: number, targetKb: number) =>
    `${label} ${kB(bytes)} gzip   (target ≤ ${targetKb} kB: ${bytes <= targetKb * 1000 ? 'met' : 'MISSED'})`;
  return [
    line('JS before interaction (scripts in the HTML + inline)', weights.firstLoad, BUDGETS.firstLoadKb),
    line(`engine (${weights.engineFiles.length} chunks)`.padEnd(52), weights.engine, BUDGETS.engineKb),
  ];
}
