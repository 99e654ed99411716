import { expect, test } from 'vitest';
import { lessonReadRule } from './read-rule';

test('jumping to the end at once does not count as reading', () => {
  expect(lessonReadRule({ reachedEnd: true, visibleMs: 3_000 })).toBe(false);
});

test('reaching the end after 20 visible seconds counts', () => {
  expect(lessonReadRule({ reachedEnd: true, visibleMs: 20_000 })).toBe(true);
  expect(lessonReadRule({ reachedEnd: false, visibleMs: 20_000 })).toBe(false);
});

test('five visible minutes count even without reaching the end', () => {
  expect(lessonReadRule({ reachedEnd: false, visibleMs: 299_999 })).toBe(false);
  expect(lessonReadRule({ reachedEnd: false, visibleMs: 300_000 })).toBe(true);
});
