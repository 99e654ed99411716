import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { completeExercise, emptyProgress, readLesson } from './progress';
import { parseProgressFile, serializeProgress } from './progress-file';
import { progressFileName } from './progress-format';

const now = new Date('2026-11-28T02:00:00.000Z');
const sample = readLesson(
  completeExercise(emptyProgress(), 'use-a-profile', now),
  'aws-foundations/aws-programmatic-access',
  now,
);

function refusal(text: string): string {
  const parsed = parseProgressFile(text);
  if (parsed.ok) throw new Error('expected a refusal');
  return parsed.message;
}

describe('progress file', () => {
  test('an export reads back as the same progress', () => {
    const text = serializeProgress(sample, now);
    expect(JSON.parse(text)).toMatchObject({
      format: 'skillshell-progress',
      version: 1,
      exportedAt: now.toISOString(),
    });
    expect(parseProgressFile(text)).toEqual({ ok: true, progress: sample });
  });

  test('the file name carries the date', () => {
    expect(progressFileName(now)).toBe('skillshell-progress-2026-11-28.json');
  });

  test('text that is not JSON is refused', () => {
    expect(refusal('{"format": "skillshell-progress",')).toMatch(/not valid JSON/);
    expect(refusal('   ')).toMatch(/empty/);
  });

  test('foreign JSON is refused as not ours', () => {
    expect(refusal('[1,2,3]')).toMatch(/does not hold a JSON object/);
    expect(refusal('{"name": "package", "version": "1.0.0"}')).toMatch(/not a Skillshell progress file/);
    expect(refusal(JSON.stringify({ format: 'skillshell-sandbox', version: 1 }))).toMatch(
      /not a Skillshell progress/,
    );
  });

  test('a newer version is refused by name', () => {
    const file = { ...JSON.parse(serializeProgress(sample, now)), version: 2 };
    expect(refusal(JSON.stringify(file))).toMatch(/version 2, newer than this site reads \(1\)/);
  });

  test('damage inside a valid-looking file names the place', () => {
    const file = JSON.parse(serializeProgress(sample, now));
    file.exercises['use-a-profile'].at = 'yesterday';
    expect(refusal(JSON.stringify(file))).toMatch(/damaged: .*\(at exercises\.use-a-profile\.at\)/);
    const badId = {
      ...JSON.parse(serializeProgress(sample, now)),
      exercises: { '<script>': { at: now.toISOString() } },
    };
    expect(refusal(JSON.stringify(badId))).toMatch(/damaged/);
    const extra = { ...JSON.parse(serializeProgress(sample, now)), admin: true };
    expect(refusal(JSON.stringify(extra))).toMatch(/damaged/);
  });

  test('a huge file is refused before parsing', () => {
    expect(refusal(' '.repeat(600 * 1024))).toMatch(/too large/);
  });

  test('no input makes the reader throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const parsed = parseProgressFile(text);
        expect(typeof parsed.ok).toBe('boolean');
      }),
    );
  });
});
