import { expect, test } from 'vitest';
import { appendLine, appendOutput, emptyLog, lineText } from './output-log';
import { restoreScrollback, saveScrollback } from './scrollback';

const log = appendOutput(
  appendLine(emptyLog(), 'command', [
    { text: '$ ', style: { bold: true } },
    { text: 'ls', style: {} },
  ]),
  '\x1b[31mred\x1b[0m plain\nerr\n',
  'stdout',
);

test('saved scrollback comes back with its styles, then a notice that it was restored', () => {
  const restored = restoreScrollback(JSON.parse(JSON.stringify(saveScrollback(log))), 'restored');
  expect(restored?.lines.map(lineText)).toEqual(['$ ls', 'red plain', 'err', 'restored']);
  expect(restored?.lines[1]?.spans[0]).toEqual({ text: 'red', style: { fg: { index: 1 } } });
  expect(restored?.lines.map((l) => l.id)).toEqual([1, 2, 3, 4]);
  expect(restored?.nextId).toBe(5);
});

test('only the newest lines within the line and character limits are kept', () => {
  let big = emptyLog();
  big = appendOutput(big, Array.from({ length: 50 }, (_, i) => `line ${i}`).join('\n') + '\n', 'stdout');
  expect(saveScrollback(big, { maxLines: 3, maxChars: 1000 }).lines.map((l) => l.spans[0]?.text)).toEqual([
    'line 47',
    'line 48',
    'line 49',
  ]);
  expect(saveScrollback(big, { maxLines: 100, maxChars: 14 }).lines).toHaveLength(2);
});

test('anything else is rejected: wrong kinds, styles, colours or shapes', () => {
  const bad: unknown[] = [
    null,
    'text',
    { lines: 'x' },
    { lines: [{ kind: 'html', spans: [] }] },
    { lines: [{ kind: 'stdout', spans: [{ text: 1, style: {} }] }] },
    { lines: [{ kind: 'stdout', spans: [{ text: 'a', style: { onclick: true } }] }] },
    { lines: [{ kind: 'stdout', spans: [{ text: 'a', style: { fg: { css: 'url(x)' } } }] }] },
    { lines: [{ kind: 'stdout', spans: [{ text: 'a', style: { fg: { index: 999 } } }] }] },
  ];
  for (const value of bad) expect(restoreScrollback(value, 'n')).toBeNull();
  expect(restoreScrollback({ lines: [] }, 'n')?.lines).toEqual([]);
});
