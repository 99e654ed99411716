import { describe, expect, test } from 'vitest';
import { assembleLine, InputQueue, splitPaste } from './input-queue';

describe('splitPaste', () => {
  test('complete lines run, the unfinished rest stays in the input', () => {
    expect(splitPaste('export A=1\nexport B=2\necho $A')).toEqual({
      lines: ['export A=1', 'export B=2'],
      rest: 'echo $A',
    });
  });

  test('a trailing newline leaves nothing in the input; CRLF and CR are newlines', () => {
    expect(splitPaste('ls\r\npwd\r')).toEqual({ lines: ['ls', 'pwd'], rest: '' });
  });

  test('a paste without newline is just text', () => {
    expect(splitPaste('aws configure')).toEqual({ lines: [], rest: 'aws configure' });
  });
});

describe('assembleLine', () => {
  // A stand-in for sandbox.isComplete: quotes must be balanced.
  const balanced = (input: string) => (input.match(/'/g) ?? []).length % 2 === 0;

  test('a complete line is a command', () => {
    expect(assembleLine(null, 'echo hi', balanced)).toEqual({ kind: 'command', command: 'echo hi' });
  });

  test('an open quote waits for more lines, joined with newlines', () => {
    const first = assembleLine(null, "echo 'a", balanced);
    expect(first).toEqual({ kind: 'more', pending: "echo 'a" });
    const second = assembleLine("echo 'a", 'b', balanced);
    expect(second).toEqual({ kind: 'more', pending: "echo 'a\nb" });
    expect(assembleLine("echo 'a\nb", "c'", balanced)).toEqual({
      kind: 'command',
      command: "echo 'a\nb\nc'",
    });
  });
});

test('InputQueue keeps order and Ctrl+C clears it', () => {
  const queue = new InputQueue();
  queue.push('one');
  queue.pushAll(['two', 'three']);
  expect(queue.size).toBe(3);
  expect(queue.take()).toBe('one');
  expect(queue.take()).toBe('two');
  queue.clear();
  expect(queue.take()).toBeUndefined();
  expect(queue.size).toBe(0);
});
