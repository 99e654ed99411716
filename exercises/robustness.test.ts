// No check of any exercise breaks (throws) on arbitrary sandbox state: damaged files, odd history, strange variables.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { gradeSnapshot } from '@/lib/grader';
import { makeSnapshot } from '@/lib/grader/testing/snapshot';
import { exercises } from './index';

const text = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc
    .array(
      fc.constantFrom(
        '[default]',
        '[profile example_1]',
        '[example_1]',
        '[deploy]',
        'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
        'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        'region = eu-west-3',
        's3 =',
        '  max_concurrent_requests = 10',
        'provider "aws" {',
        'profile = "example_1"',
        'shared_credentials_files = [',
        '}',
        ']',
        '"',
        '= x',
        '',
      ),
      { maxLength: 12 },
    )
    .map((lines) => lines.join('\n')),
);
const name = fc.constantFrom(
  'AWS_PROFILE',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_REGION',
  'aws_access_key_id',
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE',
  'X',
);
const state = fc.record({
  files: fc.dictionary(
    fc.constantFrom('~/.aws/credentials', '~/.aws/config', '~/infra/main.tf', '~/deploy.sh'),
    text,
  ),
  exported: fc.dictionary(
    name,
    fc.oneof(fc.constant(''), fc.constant('example_1'), fc.string({ maxLength: 30 })),
  ),
  variables: fc.dictionary(name, fc.string({ maxLength: 30 })),
  history: fc.array(
    fc.record({
      command: fc.oneof(
        fc.string({ maxLength: 80 }),
        fc.constantFrom(
          'export AWS_PROFILE=example_1',
          'aws sts get-caller-identity --profile',
          'aws configure list',
          'unset AWS_PROFILE',
          "echo 'open",
          'source ~/.aws/credentials',
          'A=$(echo $(x)',
        ),
      ),
      exitCode: fc.integer({ min: 0, max: 255 }),
    }),
    { maxLength: 8 },
  ),
});

describe('checks never break', () => {
  test('every exercise grades arbitrary states with pass or fail only', async () => {
    await fc.assert(
      fc.asyncProperty(state, async (input) => {
        const snapshot = makeSnapshot(input);
        for (const exercise of exercises) {
          const report = await gradeSnapshot(exercise, snapshot);
          const broken = report.results.filter((r) => r.status === 'broken');
          expect(broken, `${exercise.id}: ${JSON.stringify(broken)}`).toEqual([]);
          for (const r of report.results) if (r.status === 'fail') expect(r.message).toBeTruthy();
        }
      }),
      { numRuns: 300 },
    );
    // 300 states × every exercise: the cost grows with the course (about 18 s for 12 exercises on a loaded machine).
  }, 60_000);
});
