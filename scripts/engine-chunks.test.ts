import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { engineChunks, exerciseChunks, islandChunks } from './engine-chunks';

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
const exercise = (id: string) => `(0,s.f)({id:"${id}",title:"A title",goal:"…"})`;

/** A page that imports the engine entry and, elsewhere, the grading (which shares the sandbox's chunk). */
const build = () =>
  out({
    'page.js': `${lazy('shared.js', 'entry.js', 'sandbox.js', 'x.css')};${lazy('editor.js')}`,
    'panel.js': lazy('grading.js', 'all-exercises.js', 'sandbox.js'),
    'entry.js': `"skillshell-engine-entry";${lazy('iam.js', 'entry.js')}`,
    'sandbox.js': `"skillshell-sandbox";${lazy('ex-a.js', 'grader.js')};${lazy('ex-b.js', 'grader.js', 'shared.js')}`,
    'shared.js': lazy('commands.js', 'entry.js'),
    'grading.js': '',
    'all-exercises.js': `${exercise('a')};${exercise('b')}`,
    'editor.js': '',
    'iam.js': '',
    'commands.js': '',
    'ex-a.js': exercise('a'),
    'ex-b.js': exercise('b'),
    'grader.js': '',
  });

test("the engine is the page's import of the entry: not the grading, not the engine's own lazy parts", () => {
  expect(engineChunks(build())).toEqual([
    '_next/static/chunks/entry.js',
    '_next/static/chunks/sandbox.js',
    '_next/static/chunks/shared.js',
  ]);
});

test("each exercise's chunks are those of its own lazy import, minus what the engine holds", () => {
  expect(Object.fromEntries(exerciseChunks(build()))).toEqual({
    a: ['_next/static/chunks/ex-a.js', '_next/static/chunks/grader.js'],
    b: ['_next/static/chunks/ex-b.js', '_next/static/chunks/grader.js'],
  });
});

test("the islands are the page's lazy imports of the chunks with the terminal's and the panel's markers", () => {
  const dir = out({
    'page.js': `${lazy('terminal.js', 'ui.js')};${lazy('panel.js', 'ui.js')};${lazy('entry.js')}`,
    'terminal.js': `"data-terminal-key";${lazy('menu.js', 'terminal.js')}`,
    'panel.js': '"data-exercise-panel"',
    'entry.js': '"skillshell-engine-entry"',
    'ui.js': '',
    'menu.js': '',
  });
  expect(islandChunks(dir)).toEqual([
    '_next/static/chunks/panel.js',
    '_next/static/chunks/terminal.js',
    '_next/static/chunks/ui.js',
  ]);
});

test('a build without the marker or the lists fails loudly', () => {
  expect(() => engineChunks(out({ 'page.js': lazy('a.js') }))).toThrow(/marker "skillshell-engine-entry"/);
  expect(() =>
    engineChunks(out({ 'entry.js': '"skillshell-engine-entry"', 'page.js': 'import("./entry.js")' })),
  ).toThrow(/Turbopack output changed/);
});
