import { describe, expect, test } from 'vitest';
import { interleave, OutputLog, writesOf } from './output-order';

describe('interleave', () => {
  test('follows the pieces in write order', () => {
    expect(interleave('out\nout2\n', 'err\n', ['out\n', 'err\n', 'out2\n'])).toBe('out\nerr\nout2\n');
  });

  test('pieces that went elsewhere (a pipe, a capture) are skipped', () => {
    expect(interleave('A\nc\n', 'b\n', ['a\n', 'A\n', 'b\n', 'c\n'])).toBe('A\nb\nc\n');
  });

  test('text no piece accounts for keeps stdout then stderr, and nothing is lost', () => {
    expect(interleave('x\ny\n', '+ trace\n', ['y\n'])).toBe('x\ny\n+ trace\n');
    expect(interleave('o', '', ['e'])).toBe('o');
  });
});

describe('writesOf', () => {
  test("a command's own writes when they match its streams", () => {
    const writes = [
      { fd: 2 as const, text: 'e\n' },
      { fd: 1 as const, text: 'o\n' },
    ];
    expect(writesOf({ stdout: 'o\n', stderr: 'e\n', writes })).toEqual(['e\n', 'o\n']);
  });

  test('stdout then stderr when writes are absent or do not match (a rewritten message)', () => {
    expect(writesOf({ stdout: 'o\n', stderr: 'e\n' })).toEqual(['o\n', 'e\n']);
    expect(writesOf({ stdout: 'o\n', stderr: 'E\n', writes: [{ fd: 2, text: 'e\n' }] })).toEqual([
      'o\n',
      'E\n',
    ]);
  });
});

describe('OutputLog', () => {
  test('scopes the merge to the node being run, or the one that just ended', () => {
    const log = new OutputLog();
    log.enter(); // a top-level group
    log.enter();
    log.record({ stdout: 'same\n', stderr: '' });
    log.leave();
    log.enter(); // { echo same >&2; echo b; } &> f
    log.enter();
    log.record({ stdout: 'same\n', stderr: '' });
    log.leave();
    log.enter();
    log.record({ stdout: 'b\n', stderr: '' });
    log.leave();
    expect(log.interleave('b\n', 'same\n')).toBe('same\nb\n');
    log.leave();
    expect(log.interleave('b\n', 'same\n', true)).toBe('same\nb\n');
    log.leave();
  });

  test('a new top-level command starts an empty log', () => {
    const log = new OutputLog();
    log.enter();
    log.record({ stdout: 'x', stderr: '' });
    log.leave();
    log.enter();
    expect(log.size).toBe(0);
  });
});
