// The one reader: positions of every line, every parse problem (not only the first), and botocore's sections.
import { expect, test } from 'vitest';
import { readSharedFile } from './read-shared-file';

test('classifies lines with the positions of keys and values', () => {
  const { lines, errors } = readSharedFile(
    '[default]\n; note\n  Region : us-east-1\n\ns3 =\n  max_concurrent_requests = 5\n',
  );
  expect(errors).toEqual([]);
  expect(lines.map((l) => l.kind)).toEqual(['section', 'comment', 'key', 'blank', 'key', 'continuation']);
  expect(lines[0]).toMatchObject({ header: 'default', start: 0, end: 9 });
  expect(lines[2]).toMatchObject({
    key: 'region',
    keyStart: 2,
    keyEnd: 8,
    value: 'us-east-1',
    valueStart: 11,
  });
  expect(lines[5]).toMatchObject({ key: 's3', keyLine: 5, keyValue: '', start: 2 });
});

test('a lone \\r ends a line, as in Python', () => {
  const { lines, errors } = readSharedFile('[default]\rregion = a\rregion = b');
  expect(lines).toHaveLength(3);
  expect(errors).toMatchObject([
    { kind: 'duplicate-key', line: 3, firstLine: 2, name: 'region', start: 0, end: 6 },
  ]);
});

test('every problem is listed, while the CLI stops at the one configparser raises', () => {
  const reading = readSharedFile('[a]\nbroken\n[a]\nx = 1\nx = 2\n');
  expect(reading.errors.map((e) => [e.kind, e.line])).toEqual([
    ['line-without-delimiter', 2],
    ['duplicate-section', 3],
    ['duplicate-key', 5],
  ]);
  expect(reading.cliError?.kind).toBe('duplicate-section');
  expect(reading.sections.size).toBe(0);
});

test('[DEFAULT] may appear twice; its keys count as one section', () => {
  expect(readSharedFile('[DEFAULT]\na = 1\n[DEFAULT]\nb = 2\n[x]\n').sections.get('x')).toEqual(
    new Map([
      ['a', '1'],
      ['b', '2'],
    ]),
  );
  expect(readSharedFile('[DEFAULT]\na = 1\n[DEFAULT]\na = 2\n').cliError?.kind).toBe('duplicate-key');
});

test('a header is everything up to the last ], with the rest of the line ignored', () => {
  const { lines } = readSharedFile('[profile example_1]] # x\n');
  expect(lines[0]).toMatchObject({ header: 'profile example_1]', start: 0, end: 20 });
});

test('a broken nested block is reported at its line', () => {
  expect(readSharedFile('[default]\ns3 =\n  broken\n').errors).toMatchObject([
    { kind: 'bad-nested-value', line: 3 },
  ]);
});
