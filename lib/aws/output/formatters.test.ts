// Output formats (checked against the real CLI's formatter classes) and the --query subset.
import { describe, expect, test } from 'vitest';
import { formatResponse, formatTable, formatText } from './formatters';
import { parseQuery } from './query';
import { toYaml } from './yaml';

const identity = {
  UserId: 'AIDAJQABLZS4A3QDU576Q',
  Account: '123456789012',
  Arn: 'arn:aws:iam::123456789012:user/sample_user',
};

describe('output formats', () => {
  test('json uses 4-space indentation and keeps key order', () => {
    expect(formatResponse(identity, 'json', 'GetCallerIdentity')).toBe(
      '{\n    "UserId": "AIDAJQABLZS4A3QDU576Q",\n    "Account": "123456789012",\n    "Arn": "arn:aws:iam::123456789012:user/sample_user"\n}\n',
    );
  });

  test('text prints the scalars of an object tab-separated in key order', () => {
    expect(formatText(identity)).toBe(
      '123456789012\tarn:aws:iam::123456789012:user/sample_user\tAIDAJQABLZS4A3QDU576Q\n',
    );
  });

  test('text prints a list of objects with an upper-case identifier per row', () => {
    expect(formatText({ Buckets: [{ Name: 'a', CreationDate: 'd1' }, { Name: 'b' }] })).toBe(
      'BUCKETS\td1\ta\nBUCKETS\t\tb\n',
    );
  });

  // Expected texts produced by the real CLI's formatter classes (awscli.formatter, color off).
  test.each([
    [
      'a one-row object too wide for 80 columns turns vertical',
      identity,
      'GetCallerIdentity',
      '-----------------------------------------------------------\n|                    GetCallerIdentity                    |\n+---------+-----------------------------------------------+\n|  Account|  123456789012                                 |\n|  Arn    |  arn:aws:iam::123456789012:user/sample_user   |\n|  UserId |  AIDAJQABLZS4A3QDU576Q                        |\n+---------+-----------------------------------------------+\n',
    ],
    [
      'a nested object becomes an indented section',
      { Wide: { A: 'x'.repeat(10), B: 'y'.repeat(12) } },
      'Nested',
      '----------------------------------\n|             Nested             |\n+--------------------------------+\n||             Wide             ||\n|+-------------+----------------+|\n||      A      |       B        ||\n|+-------------+----------------+|\n||  xxxxxxxxxx |  yyyyyyyyyyyy  ||\n|+-------------+----------------+|\n',
    ],
    [
      'a list of objects gets sorted headers and one row each',
      {
        Buckets: [
          { Name: 'a', CreationDate: '2024' },
          { Name: 'bb', CreationDate: '2025' },
        ],
        Owner: { ID: 'x', DisplayName: 'me' },
      },
      'ListBuckets',
      '----------------------------\n|        ListBuckets       |\n+--------------------------+\n||         Buckets        ||\n|+---------------+--------+|\n|| CreationDate  | Name   ||\n|+---------------+--------+|\n||  2024         |  a     ||\n||  2025         |  bb    ||\n|+---------------+--------+|\n||          Owner         ||\n|+-----------------+------+|\n||   DisplayName   | ID   ||\n|+-----------------+------+|\n||  me             |  x   ||\n|+-----------------+------+|\n',
    ],
    [
      'a list of scalars is one column',
      ['a', 'b'],
      'Q',
      '-------\n|  Q  |\n+-----+\n|  a  |\n|  b  |\n+-----+\n',
    ],
  ])('table: %s', (_name, value, title, expected) => {
    expect(formatTable(value, title)).toBe(expected);
  });

  test('a table of rows with different lengths fails like the CLI (ValueError, exit 255)', () => {
    expect(() => formatTable(['a', ['b', 'c']], 'T')).toThrow('Row should have 1 elements, instead it has 2');
  });

  test('yaml nests maps by two spaces and puts list dashes at the key indent', () => {
    expect(
      toYaml({ Buckets: [{ Name: 'a', CreationDate: '2024' }], Owner: { ID: 'x', DisplayName: 'me' } }),
    ).toBe("Buckets:\n- CreationDate: '2024'\n  Name: a\nOwner:\n  DisplayName: me\n  ID: x\n");
  });

  test('text of nested objects and bare lists', () => {
    expect(formatText({ Owner: { ID: 'x', DisplayName: 'me' } })).toBe('OWNER\tme\tx\n');
    expect(formatText(['a', 'b'])).toBe('a\tb\n');
  });

  test('yaml sorts keys and quotes strings that would read as numbers', () => {
    expect(toYaml(identity)).toBe(
      "Account: '123456789012'\nArn: arn:aws:iam::123456789012:user/sample_user\nUserId: AIDAJQABLZS4A3QDU576Q\n",
    );
    expect(formatResponse(identity, 'yaml-stream', 'X').startsWith("- Account: '123456789012'\n  Arn:")).toBe(
      true,
    );
  });

  test('yaml prints a bare scalar as JSON', () => {
    expect(toYaml('123456789012')).toBe('"123456789012"\n');
  });
});

describe('--query subset', () => {
  const buckets = { Buckets: [{ Name: 'a' }, { Name: 'b' }], Owner: { ID: 'x' } };
  const search = (expression: string, value: object) => {
    const parsed = parseQuery(expression);
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.query.search(value as never);
  };

  test('fields, indexes, negative indexes and projections', () => {
    expect(search('Owner.ID', buckets)).toBe('x');
    expect(search('Buckets[0].Name', buckets)).toBe('a');
    expect(search('Buckets[-1].Name', buckets)).toBe('b');
    expect(search('Buckets[].Name', buckets)).toEqual(['a', 'b']);
    expect(search('Buckets[*].Name', buckets)).toEqual(['a', 'b']);
    expect(search('Missing', buckets)).toBeNull();
  });

  test('nested multi-selects', () => {
    expect(search('[Owner.ID, [Buckets[0].Name, Buckets[1].Name]]', buckets)).toEqual(['x', ['a', 'b']]);
    expect(search('{A: [Owner.ID], B: {C: Owner.ID}}', buckets)).toEqual({ A: ['x'], B: { C: 'x' } });
  });

  test('multi-select lists and hashes of simple paths', () => {
    expect(search('[Owner.ID, Buckets[0].Name]', buckets)).toEqual(['x', 'a']);
    expect(search('{Id: Owner.ID}', buckets)).toEqual({ Id: 'x' });
  });

  test('a syntax error is worded like JMESPath and the rest gets a clear message', () => {
    const dots = parseQuery('a..b');
    expect(dots.ok || dots.message).toContain('Parse error at column 2, token "." (DOT)');
    const filter = parseQuery("Buckets[?Name=='a']");
    expect(filter.ok).toBe(true);
    if (filter.ok) expect(() => filter.query.search({})).toThrow(/supports only simple --query paths/);
  });
});
