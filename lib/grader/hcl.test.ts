import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseHclBlocks } from './hcl';

describe('parseHclBlocks', () => {
  test('reads blocks with labels, attributes, nested blocks and other expressions', () => {
    const blocks = parseHclBlocks(
      'terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws" }\n  }\n}\n\nprovider "aws" {\n  region = var.region\n  shared_config_files = ["a", "b"]\n}\n',
    );
    expect(blocks.map((b) => [b.type, b.labels, b.line])).toEqual([
      ['terraform', [], 1],
      ['provider', ['aws'], 7],
    ]);
    expect(blocks[0]?.blocks[0]?.type).toBe('required_providers');
    expect(blocks[1]?.attributes).toEqual({
      region: { type: 'other', raw: 'var.region' },
      shared_config_files: {
        type: 'list',
        items: [
          { type: 'string', value: 'a' },
          { type: 'string', value: 'b' },
        ],
      },
    });
  });

  test('an object value may span several lines', () => {
    const [terraform, provider] = parseHclBlocks(
      'terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 5.0"\n    }\n  }\n}\nprovider "aws" {\n  profile = "x"\n}\n',
    );
    expect(terraform?.blocks[0]?.attributes.aws).toEqual({
      type: 'other',
      raw: '{ source = "hashicorp/aws" version = "~> 5.0" }',
    });
    expect(provider?.attributes.profile).toEqual({ type: 'string', value: 'x' });
    expect(() => parseHclBlocks('locals {\n  x = {\n')).toThrow(
      'line 2: a bracket opened here is never closed',
    );
  });

  test('string escapes are decoded', () => {
    const [block] = parseHclBlocks('locals {\n  x = "a\\"b"\n}\n');
    expect(block?.attributes.x).toEqual({ type: 'string', value: 'a"b' });
  });

  test('errors carry a line number', () => {
    expect(() => parseHclBlocks('provider "aws" {\n  profile = "x\n}\n')).toThrow(
      'line 2: a string is not closed',
    );
    expect(() => parseHclBlocks('}\n')).toThrow('line 1: unexpected `}`');
    expect(() => parseHclBlocks('provider "aws"\n')).toThrow('line 1: expected `=` or a block `{`');
    expect(() => parseHclBlocks('x = [1, 2\n')).toThrow('line 1: a `[` is never closed');
    expect(() => parseHclBlocks('p {\n  x = [\n}\n')).toThrow('line 3: a value is expected before `}`');
    expect(() => parseHclBlocks('p {\n  x = }\n')).toThrow('line 2: a value is expected before `}`');
  });
});

test('any text either parses or throws an Error with a line number (never hangs)', () => {
  const pieces = fc.constantFrom(
    'provider',
    '"aws"',
    '{',
    '}',
    '[',
    ']',
    '=',
    ',',
    '(',
    ')',
    '\n',
    ' ',
    'x',
    '"',
    '#',
    '/*',
    '//',
  );
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
      try {
        parseHclBlocks(parts.join(''));
      } catch (error) {
        expect((error as Error).message).toMatch(/line \d+|ends where a value/);
      }
    }),
    { numRuns: 2000 },
  );
});
