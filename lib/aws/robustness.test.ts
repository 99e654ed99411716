// Property tests: any argv and any file contents give a CLI-shaped result.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseSharedFile } from './config/parse-shared-file';
import { aws } from './testing/run';

const WORDS = [
  'configure',
  'list',
  'get',
  'set',
  'sts',
  's3',
  'ls',
  'import',
  'export-credentials',
  'list-profiles',
];
const OPTIONS = [
  '--profile',
  '--region',
  '--output',
  '--query',
  '--csv',
  '--format',
  '--',
  '-',
  'help',
  '=',
  '',
];
const word = fc.oneof(fc.constantFrom(...WORDS, ...OPTIONS), fc.string({ maxLength: 12 }));
const fileText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc
    .array(
      fc.constantFrom('[default]', '[profile dev]', 'region = x', 's3 =', '  a = b', '# c', '', '=', '[x'),
      {
        maxLength: 12,
      },
    )
    .map((lines) => lines.join('\n')),
);

describe('robustness', () => {
  test('any argv and any file contents give a CLI-shaped result, never an internal error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(word, { maxLength: 6 }),
        fileText,
        fileText,
        async (argv, config, credentials) => {
          const result = await aws(argv, {
            files: { '.aws/config': { content: config }, '.aws/credentials': { content: credentials } },
            stdin: '',
          });
          expect(result.stderr).not.toContain('Internal error');
          expect([0, 1, 252, 253, 254, 255]).toContain(result.exitCode);
          if (result.exitCode >= 252) expect(result.stderr.startsWith('\n')).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  test('parseSharedFile never throws, also on a 1 MB line', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (text) => void parseSharedFile(text)),
      { numRuns: 500 },
    );
    const big = '[default]\n' + 'region = eu-west-1\n'.repeat(1) + `k${'x'.repeat(1_000_000)} = v\n`;
    expect(parseSharedFile(big).ok).toBe(true);
  });

  test('a 1 MB argument is handled like any unknown word', async () => {
    const result = await aws([`x${'y'.repeat(1_000_000)}`]);
    expect(result.exitCode).toBe(252);
    expect(result.stderr).toContain('aws: error: argument command: Invalid choice');
  });
});
