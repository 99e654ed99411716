import { expect, test } from 'vitest';
import { historyDown, historyUp, startHistory } from './history-navigator';

test('↑ walks back through history and stops at the oldest entry', () => {
  let cursor = startHistory(['ls', 'aws configure', 'cat ~/.aws/credentials']);
  let step = historyUp(cursor, '');
  expect(step.text).toBe('cat ~/.aws/credentials');
  step = historyUp(step.cursor, step.text);
  expect(step.text).toBe('aws configure');
  step = historyUp(step.cursor, step.text);
  expect(step.text).toBe('ls');
  cursor = step.cursor;
  step = historyUp(cursor, 'ls');
  expect(step.text).toBe('ls');
  expect(step.cursor.index).toBe(0);
});

test('↓ comes back to the unfinished line that was being typed', () => {
  const cursor = startHistory(['ls', 'pwd']);
  const up1 = historyUp(cursor, 'echo half-typed');
  const up2 = historyUp(up1.cursor, up1.text);
  expect(up2.text).toBe('ls');
  const down1 = historyDown(up2.cursor, up2.text);
  expect(down1.text).toBe('pwd');
  const down2 = historyDown(down1.cursor, down1.text);
  expect(down2.text).toBe('echo half-typed');
  const down3 = historyDown(down2.cursor, 'echo half-typed!');
  expect(down3.text).toBe('echo half-typed!');
});

test('consecutive duplicates and blank lines are skipped', () => {
  const cursor = startHistory(['ls', 'ls', '  ', 'pwd', 'ls']);
  expect(cursor.entries).toEqual(['ls', 'pwd', 'ls']);
});

test('an empty history leaves the line alone', () => {
  const step = historyUp(startHistory([]), 'abc');
  expect(step.text).toBe('abc');
});
