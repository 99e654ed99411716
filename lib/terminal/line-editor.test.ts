import { describe, expect, test } from 'vitest';
import { applyLineKey, insertAtCursor, lineKeyFor } from './line-editor';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...mods,
});

describe('lineKeyFor', () => {
  test('maps Ctrl+A/E/U/K/W and ignores other keys', () => {
    expect(lineKeyFor(key('a', { ctrlKey: true }))).toBe('line-start');
    expect(lineKeyFor(key('E', { ctrlKey: true }))).toBe('line-end');
    expect(lineKeyFor(key('u', { ctrlKey: true }))).toBe('kill-before');
    expect(lineKeyFor(key('k', { ctrlKey: true }))).toBe('kill-after');
    expect(lineKeyFor(key('w', { ctrlKey: true }))).toBe('kill-word');
    expect(lineKeyFor(key('a'))).toBeNull();
    expect(lineKeyFor(key('a', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(lineKeyFor(key('c', { ctrlKey: true }))).toBeNull();
  });
});

describe('applyLineKey', () => {
  const line = { text: 'aws configure list', cursor: 8 };

  test('Ctrl+A and Ctrl+E move to the ends without changing the text', () => {
    expect(applyLineKey(line, 'line-start')).toEqual({ text: line.text, cursor: 0 });
    expect(applyLineKey(line, 'line-end')).toEqual({ text: line.text, cursor: 18 });
  });

  test('Ctrl+U deletes before the caret, Ctrl+K after it', () => {
    expect(applyLineKey(line, 'kill-before')).toEqual({ text: 'igure list', cursor: 0 });
    expect(applyLineKey(line, 'kill-after')).toEqual({ text: 'aws conf', cursor: 8 });
  });

  test('Ctrl+W deletes the word before the caret and the spaces after it', () => {
    expect(applyLineKey({ text: 'aws configure list', cursor: 18 }, 'kill-word')).toEqual({
      text: 'aws configure ',
      cursor: 14,
    });
    expect(applyLineKey({ text: 'aws configure   ', cursor: 16 }, 'kill-word')).toEqual({
      text: 'aws ',
      cursor: 4,
    });
    expect(applyLineKey({ text: 'cat ~/.aws/config', cursor: 17 }, 'kill-word')).toEqual({
      text: 'cat ',
      cursor: 4,
    });
    expect(applyLineKey({ text: 'echo hi', cursor: 0 }, 'kill-word')).toEqual({ text: 'echo hi', cursor: 0 });
  });

  test('a caret outside the text is clamped', () => {
    expect(applyLineKey({ text: 'ls', cursor: 99 }, 'kill-before')).toEqual({ text: '', cursor: 0 });
  });
});

test('insertAtCursor inserts at the caret and moves it', () => {
  expect(insertAtCursor({ text: 'aws list', cursor: 4 }, 'configure ')).toEqual({
    text: 'aws configure list',
    cursor: 14,
  });
});
