import { describe, expect, test } from 'vitest';
import { fileExists } from './checks/file-exists';
import { defineExercise, ExerciseDefinitionError } from './exercise-schema';
import type { Exercise } from './types';

const valid: Exercise = {
  id: 'make-notes',
  title: 'Make notes',
  goal: 'Create `~/notes.txt`.',
  setup: { files: { '~/.aws/config': { content: '[default]\n', mode: 0o600 } }, env: { AWS_PAGER: '' } },
  checks: [fileExists({ id: 'notes', label: 'notes exist', path: '~/notes.txt' })],
  hints: ['Files are made by redirecting output.', 'Try `touch ~/notes.txt`.'],
  solution: 'touch ~/notes.txt\n',
  alternatives: ['>', 'echo >', ': >', 'printf "" >', 'cp /dev/null', 'tee </dev/null'].map((how) => ({
    name: how,
    script: `${how} ~/notes.txt\n`,
  })),
  wrongAttempts: [
    { name: 'wrong folder', script: 'touch /tmp/notes.txt', failsCheck: 'notes', message: 'does not exist' },
    { name: 'a directory', script: 'mkdir ~/notes.txt', failsCheck: 'notes', message: 'is a directory' },
    ...['notes', 'notes.md', '~/Notes.txt', 'notes.txt.bak'].map((name) => ({
      name,
      script: `touch ${name}\n`,
      failsCheck: 'notes',
      message: 'does not exist',
    })),
  ],
};

function errorOf(exercise: unknown): string {
  try {
    defineExercise(exercise as Exercise);
  } catch (error) {
    expect(error).toBeInstanceOf(ExerciseDefinitionError);
    return (error as Error).message;
  }
  throw new Error('expected defineExercise to throw');
}

describe('defineExercise', () => {
  test('returns a valid exercise unchanged', () => {
    expect(defineExercise(valid)).toBe(valid);
  });

  test('names the file and each bad field', () => {
    const message = errorOf({ ...valid, hints: ['only one'], lesson: 'programmatic access' });
    expect(message).toContain('Invalid exercise in exercises/make-notes.ts:');
    expect(message).toContain('  - (the exercise): Unrecognized key: "lesson"');
    expect(message).toContain('  - hints: give at least two hints (a nudge, then a specific one)');
  });

  test('a wrong attempt must name an existing check, and check ids are unique', () => {
    const message = errorOf({
      ...valid,
      checks: [valid.checks[0], valid.checks[0]],
      wrongAttempts: [valid.wrongAttempts[0], { ...valid.wrongAttempts[1], failsCheck: 'note' }],
    });
    expect(message).toContain('  - checks.1.id: duplicate check id "notes"');
    expect(message).toContain(
      '  - wrongAttempts.1.failsCheck: "note" is not one of this exercise\'s check ids (notes)',
    );
  });

  test('unknown fields, bad ids and missing pieces are refused', () => {
    expect(errorOf({ ...valid, hint: 'typo' })).toMatch(/- \(the exercise\): .*hint/);
    expect(errorOf({ ...valid, id: 'Make_Notes' })).toContain('exercises/Make_Notes.ts');
    expect(errorOf({ ...valid, checks: [{ id: 'x', label: 'x' }] })).toContain(
      'checks.0.run: run must be a function',
    );
    expect(errorOf({ ...valid, wrongAttempts: [valid.wrongAttempts[0]] })).toContain(
      'wrongAttempts: add at least six wrong attempts',
    );
    expect(errorOf({ ...valid, alternatives: valid.alternatives.slice(1) })).toContain(
      'alternatives: add at least six alternative correct routes',
    );
    expect(errorOf({ ...valid, setup: { files: { '~/x': { content: 'a', mode: 'rw' } } } })).toContain(
      'setup.files.~/x',
    );
    expect(errorOf(undefined)).toContain('exercises/<missing id>.ts');
  });
});
