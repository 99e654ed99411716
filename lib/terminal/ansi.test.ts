import { describe, expect, test } from 'vitest';
import { applySgr, parseAnsi, stripAnsi } from './ansi';

describe('parseAnsi', () => {
  test('plain text is one unstyled span', () => {
    expect(parseAnsi('hello').spans).toEqual([{ text: 'hello', style: {} }]);
  });

  test('colours and bold start and reset', () => {
    const { spans } = parseAnsi('a\x1b[1;31mred\x1b[0m b');
    expect(spans).toEqual([
      { text: 'a', style: {} },
      { text: 'red', style: { bold: true, fg: { index: 1 } } },
      { text: ' b', style: {} },
    ]);
  });

  test('bright, background, 256 and RGB colours', () => {
    expect(parseAnsi('\x1b[92;41mx').spans[0]?.style).toEqual({ fg: { index: 10 }, bg: { index: 1 } });
    expect(parseAnsi('\x1b[38;5;196mx').spans[0]?.style).toEqual({ fg: { css: 'rgb(255, 0, 0)' } });
    expect(parseAnsi('\x1b[38;5;244mx').spans[0]?.style).toEqual({ fg: { css: 'rgb(128, 128, 128)' } });
    expect(parseAnsi('\x1b[48;2;1;2;3mx').spans[0]?.style).toEqual({ bg: { css: 'rgb(1, 2, 3)' } });
  });

  test('style carries over between chunks', () => {
    const first = parseAnsi('\x1b[32mgreen');
    const second = parseAnsi(' still', first.style);
    expect(second.spans).toEqual([{ text: ' still', style: { fg: { index: 2 } } }]);
  });

  test('non-colour escapes are dropped, HTML stays text', () => {
    expect(parseAnsi('\x1b[2J\x1b[H<img src=x onerror=alert(1)>').spans).toEqual([
      { text: '<img src=x onerror=alert(1)>', style: {} },
    ]);
    expect(parseAnsi('\x1b]0;title\x07ok').spans).toEqual([{ text: 'ok', style: {} }]);
  });

  test('an empty SGR resets like 0', () => {
    expect(parseAnsi('\x1b[1mA\x1b[mB').spans[1]).toEqual({ text: 'B', style: {} });
  });
});

test('applySgr clears single attributes', () => {
  expect(applySgr({ bold: true, underline: true, fg: { index: 1 } }, '22;24;39')).toEqual({});
});

test('stripAnsi removes every escape', () => {
  expect(stripAnsi('\x1b[1;31mError\x1b[0m: x\x1b[K')).toBe('Error: x');
});
