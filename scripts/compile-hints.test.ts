import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { addCompileHint, chunksToHint, COMPILE_HINT } from './compile-hints';

function chunk(text: string, map?: object): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'compile-hints-'));
  mkdirSync(path.join(dir, 'c'));
  writeFileSync(path.join(dir, 'c/a.js'), text);
  if (map) writeFileSync(path.join(dir, 'c/a.js.map'), JSON.stringify(map));
  return dir;
}

test('the hint goes on the first line, once', () => {
  const dir = chunk('(globalThis.TURBOPACK||[]).push([1]);\n');
  addCompileHint(dir, 'c/a.js');
  addCompileHint(dir, 'c/a.js');
  const text = readFileSync(path.join(dir, 'c/a.js'), 'utf8');
  expect(text).toBe(`${COMPILE_HINT}(globalThis.TURBOPACK||[]).push([1]);\n`);
  expect(text.split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
});

test('a source map follows the added line: plain mappings and index maps', () => {
  const plain = chunk('x', { version: 3, mappings: 'AAAA', sources: ['a.ts'] });
  addCompileHint(plain, 'c/a.js');
  expect(JSON.parse(readFileSync(path.join(plain, 'c/a.js.map'), 'utf8')).mappings).toBe(';AAAA');
  const index = chunk('x', { version: 3, sections: [{ offset: { line: 0, column: 0 }, map: {} }] });
  addCompileHint(index, 'c/a.js');
  const sections = JSON.parse(readFileSync(path.join(index, 'c/a.js.map'), 'utf8')).sections;
  expect(sections[0].offset).toEqual({ line: 1, column: 0 });
});

test("every script chunk is marked but the editor's", () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'compile-hints-'));
  mkdirSync(path.join(dir, '_next/static/chunks'), { recursive: true });
  const write = (name: string, text: string) =>
    writeFileSync(path.join(dir, '_next/static/chunks', name), text);
  write('engine.js', '"skillshell-engine-entry"');
  write('iam.js', 'iam');
  write('monaco.js', 'self.MonacoEnvironment={}');
  write('page.css', 'body{}');
  expect(chunksToHint(dir)).toEqual(['_next/static/chunks/engine.js', '_next/static/chunks/iam.js']);
});
