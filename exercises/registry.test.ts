// The registry matches the files, and the lessons' <Terminal exercise> tags match the registry.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { exerciseEmbeddingProblems } from '@/app/_components/progress/lesson-exercises';
import { exercises } from './index';
import { exerciseLoaders, loadExercise } from './load-exercise';

const root = path.resolve(__dirname, '..');

describe('the registry', () => {
  test('lists every file in exercises/ once, under its file name', () => {
    const files = readdirSync(__dirname)
      .filter(
        (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts' && f !== 'load-exercise.ts',
      )
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(exercises.map((e) => e.id).sort()).toEqual(files);
  });

  test('loads each exercise on first use: the same ids in the same order, each loader giving its exercise', async () => {
    expect(Object.keys(exerciseLoaders)).toEqual(exercises.map((e) => e.id));
    for (const exercise of exercises) expect(await loadExercise(exercise.id)).toBe(exercise);
    expect(await loadExercise('no-such-exercise')).toBeUndefined();
    expect(await loadExercise('toString')).toBeUndefined();
  });
});

describe('lessons and exercises', () => {
  test("every lesson's <Terminal exercise> names a registered exercise, and each exercise is embedded once", () => {
    expect(exerciseEmbeddingProblems(root)).toEqual([]);
  });
});
