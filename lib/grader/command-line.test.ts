import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { isAwsCommand, optionValue, splitStatements } from './command-line';

describe('splitStatements', () => {
  test('splits on ; && || | and keeps quotes and $(...) together', () => {
    expect(
      splitStatements(`A=1 B='x y' aws s3 ls && echo "a;b" | wc -l; export K=$(aws configure get x; true)`),
    ).toEqual([
      { assignments: { A: '1', B: 'x y' }, words: ['aws', 's3', 'ls'] },
      { assignments: {}, words: ['echo', 'a;b'] },
      { assignments: {}, words: ['wc', '-l'] },
      { assignments: {}, words: ['export', 'K=$(aws configure get x; true)'] },
    ]);
  });

  test('comments, escapes and unbalanced quotes', () => {
    expect(splitStatements('ls # a comment; rm')).toEqual([{ assignments: {}, words: ['ls'] }]);
    expect(splitStatements('echo a\\ b "c\\"d"')).toEqual([
      { assignments: {}, words: ['echo', 'a b', 'c"d'] },
    ]);
    expect(splitStatements('echo "open')).toEqual([{ assignments: {}, words: ['echo', 'open'] }]);
  });
});

describe('aws command helpers', () => {
  test('isAwsCommand skips global options and their values', () => {
    const [s] = splitStatements('aws --profile example_1 --output=json sts get-caller-identity');
    expect(isAwsCommand(s!, 'sts', 'get-caller-identity')).toBe(true);
    expect(isAwsCommand(s!, 'sts')).toBe(true);
    expect(isAwsCommand(s!, 's3')).toBe(false);
    expect(optionValue(s!, '--profile')).toBe('example_1');
    expect(optionValue(s!, '--output')).toBe('json');
    expect(optionValue(s!, '--region')).toBeUndefined();
  });
});

test('any line splits without hanging, into statements with at least one word or assignment', () => {
  const pieces = fc.constantFrom(
    'a',
    '=',
    "'",
    '"',
    '\\',
    '$(',
    ')',
    ';',
    '&',
    '|',
    '#',
    ' ',
    '\n',
    'export',
    'X=1',
  );
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
      for (const s of splitStatements(parts.join(''))) {
        expect(s.words.length + Object.keys(s.assignments).length).toBeGreaterThan(0);
      }
    }),
    { numRuns: 2000 },
  );
});
