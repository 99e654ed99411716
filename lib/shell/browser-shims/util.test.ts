// The util stand-in agrees with Node's own util on what `debug` asks of it.
import * as nodeUtil from 'node:util';
import { describe, expect, test } from 'vitest';
import { deprecate, formatWithOptions } from './util';

describe('browser util stand-in', () => {
  test.each([
    ['%s is %d years', 'Ada', 36],
    ['plain text', 'extra', 'words'],
    ['100%% sure: %s', 'yes'],
    ['%s and %s', 'only one'],
  ])('formatWithOptions(%j, …) matches node:util', (format, ...values) => {
    expect(formatWithOptions({}, format, ...values)).toBe(nodeUtil.formatWithOptions({}, format, ...values));
  });

  test('deprecate returns the function itself', () => {
    const fn = () => 1;
    expect(deprecate(fn)).toBe(fn);
  });
});
