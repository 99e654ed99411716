import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { engineChunks } from './engine-chunks';

/** A fake export: chunk name → text, in Turbopack's lazy-import shape. */
function out(chunks: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'engine-chunks-'));
  mkdirSync(path.join(dir, '_next/static/chunks'), { recursive: true });
  for (const [name, text] of Object.entries(chunks))
    writeFileSync(path.join(dir, '_next/static/chunks', name), text);
  return dir;
}
const lazy = (...files: string[]) =>
  `e.v(t=>Promise.all([${files.map((f) => `"static/chunks/${f}"`).join(',')}].map(t=>e.l(t))).then(()=>t(1)))`;

test('the lists of the page that load the marked chunk, minus the lazy parts inside the engine', () => {
  const dir = out({
    'page.js': `${lazy('shared.js', 'engine.js', 'x.css')};${lazy('editor.js')}`,
    'exercises.js': lazy('ex.js', 'engine.js'),
    'engine.js': `"skillshell-sandbox";${lazy('iam.js', 'engine.js')}`,
    'shared.js': '',
    'editor.js': '',
    'iam.js': '',
    'ex.js': '',
  });
  expect(engineChunks(dir)).toEqual([
    '_next/static/chunks/engine.js',
    '_next/static/chunks/ex.js',
    '_next/static/chunks/shared.js',
  ]);
});

test('a build without the marker or the lists fails loudly', () => {
  expect(() => engineChunks(out({ 'page.js': lazy('a.js') }))).toThrow(/marker "skillshell-sandbox"/);
  expect(() =>
    engineChunks(out({ 'engine.js': '"skillshell-sandbox"', 'page.js': 'import("./engine.js")' })),
  ).toThrow(/Turbopack output changed/);
});
