import { describe, expect, test } from 'vitest';
import { cutLineRange, nanoActionFor } from './nano-keys';

const key = (
  k: string,
  mods: Partial<Record<'ctrlKey' | 'altKey' | 'metaKey' | 'shiftKey', boolean>> = {},
) => ({
  key: k,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('nano keys', () => {
  test('Ctrl+O, Ctrl+X, Ctrl+K and Ctrl+U are nano commands; other chords and plain letters are not', () => {
    expect(nanoActionFor(key('o', { ctrlKey: true }))).toBe('write-out');
    expect(nanoActionFor(key('X', { ctrlKey: true }))).toBe('exit');
    expect(nanoActionFor(key('k', { ctrlKey: true }))).toBe('cut-line');
    expect(nanoActionFor(key('u', { ctrlKey: true }))).toBe('uncut');
    expect(nanoActionFor(key('k'))).toBeNull();
    expect(nanoActionFor(key('k', { metaKey: true }))).toBeNull();
    expect(nanoActionFor(key('x', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(nanoActionFor(key('s', { ctrlKey: true }))).toBeNull();
  });

  test('Ctrl+K cuts a line with its newline; the last line takes the newline before it', () => {
    const width = (line: number) => [0, 10, 5, 8][line] ?? 1;
    expect(cutLineRange(1, 3, width)).toEqual({
      startLineNumber: 1,
      startColumn: 1,
      endLineNumber: 2,
      endColumn: 1,
    });
    expect(cutLineRange(3, 3, width)).toEqual({
      startLineNumber: 2,
      startColumn: 5,
      endLineNumber: 3,
      endColumn: 8,
    });
    expect(cutLineRange(1, 1, width)).toEqual({
      startLineNumber: 1,
      startColumn: 1,
      endLineNumber: 1,
      endColumn: 10,
    });
  });
});
