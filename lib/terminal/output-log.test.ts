import { describe, expect, test } from 'vitest';
import { appendLine, appendNotice, appendOutput, emptyLog, lineText, type LogLimits } from './output-log';

const texts = (log: ReturnType<typeof emptyLog>) => log.lines.map(lineText);

describe('appendOutput', () => {
  test('splits output into lines and keeps kinds', () => {
    let log = appendOutput(emptyLog(), 'one\ntwo\n', 'stdout');
    log = appendOutput(log, 'bad\n', 'stderr');
    expect(texts(log)).toEqual(['one', 'two', 'bad']);
    expect(log.lines.map((l) => l.kind)).toEqual(['stdout', 'stdout', 'stderr']);
    expect(new Set(log.lines.map((l) => l.id)).size).toBe(3);
  });

  test('a prompt without newline stays open and the echoed answer continues it', () => {
    let log = appendOutput(emptyLog(), 'AWS Access Key ID [None]: ', 'stdout');
    expect(log.open).toBe(true);
    log = appendOutput(log, 'AKIAIOSFODNN7EXAMPLE\n', 'stdout');
    expect(texts(log)).toEqual(['AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE']);
    expect(log.open).toBe(false);
  });

  test('a complete line closes an open one', () => {
    let log = appendOutput(emptyLog(), 'partial', 'stdout');
    log = appendLine(log, 'command', [{ text: 'next', style: {} }]);
    expect(texts(log)).toEqual(['partial', 'next']);
  });

  test('colours carry across lines and chunks', () => {
    let log = appendOutput(emptyLog(), '\x1b[31mred\nstill', 'stdout');
    log = appendOutput(log, ' red\x1b[0m\n', 'stdout');
    expect(log.lines[1]?.spans[0]).toEqual({ text: 'still', style: { fg: { index: 1 } } });
    expect(log.lines[1]?.spans[1]?.text).toBe(' red');
    expect(log.style).toEqual({});
  });

  test('carriage returns overwrite the line; CRLF is one newline', () => {
    expect(texts(appendOutput(emptyLog(), '10%\r50%\r100%\r\ndone\r\n', 'stdout'))).toEqual(['100%', 'done']);
  });

  test('HTML in output is kept as text', () => {
    const log = appendOutput(emptyLog(), '<img src=x onerror=alert(1)>\n', 'stdout');
    expect(texts(log)).toEqual(['<img src=x onerror=alert(1)>']);
  });
});

describe('caps', () => {
  const limits: LogLimits = { maxLines: 50, maxChunkLines: 10, maxLineLength: 20 };

  test('a huge output shows its last lines and says how many were cut', () => {
    const big = Array.from({ length: 100 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
    const log = appendOutput(emptyLog(), big, 'stdout', limits);
    expect(log.lines).toHaveLength(11);
    expect(lineText(log.lines[0]!)).toBe('[output cut: the first 90 of 100 lines are not shown]');
    expect(log.lines[0]?.kind).toBe('notice');
    expect(lineText(log.lines[10]!)).toBe('line 100');
  });

  test('the scrollback drops old lines and counts them', () => {
    let log = emptyLog();
    for (let i = 0; i < 60; i++) log = appendNotice(log, `n${i}`, limits);
    expect(log.lines).toHaveLength(50);
    expect(log.removed).toBe(10);
    expect(lineText(log.lines[0]!)).toBe('n10');
  });

  test('a very long line is truncated with a count', () => {
    const log = appendOutput(emptyLog(), 'x'.repeat(1025) + '\n', 'stdout', limits);
    expect(lineText(log.lines[0]!)).toBe('x'.repeat(20) + ' … [1,005 more characters not shown]');
  });
});
