import { expect, test } from 'vitest';
import { readIniLines } from './ini-lines';

test('classifies sections, keys, comments, blanks and nested values', () => {
  const lines = readIniLines(
    '[default]\n; note\nRegion : us-east-1\n\ns3 =\n  max_concurrent_requests = 5\nbroken\n',
  );
  expect(lines.map((l) => l.kind)).toEqual([
    'section',
    'comment',
    'key',
    'blank',
    'key',
    'continuation',
    'invalid',
    'blank',
  ]);
  expect(lines[2]).toMatchObject({
    key: 'region',
    keyStart: 0,
    keyEnd: 6,
    value: 'us-east-1',
    valueStart: 9,
    section: 'default',
  });
  expect(lines[4]).toMatchObject({ key: 's3', value: '', valueStart: 4 });
});

test('an indented key right after a section is a key, not a continuation', () => {
  expect(readIniLines('[a]\n  region = x\n')[1]).toMatchObject({ kind: 'key', keyStart: 2, key: 'region' });
});
