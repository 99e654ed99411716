import { describe, expect, test } from 'vitest';
import {
  completeExercise,
  describeLessonProgress,
  emptyProgress,
  isExerciseComplete,
  isLessonRead,
  lessonProgress,
  mergeProgress,
  readLesson,
} from './progress';

const t1 = new Date('2026-11-01T10:00:00.000Z');
const t2 = new Date('2026-11-02T10:00:00.000Z');

describe('progress model', () => {
  test('completing an exercise records the first time only', () => {
    const once = completeExercise(emptyProgress(), 'use-a-profile', t1);
    const twice = completeExercise(once, 'use-a-profile', t2);
    expect(twice).toBe(once);
    expect(twice.exercises['use-a-profile']).toEqual({ at: t1.toISOString() });
    expect(isExerciseComplete(twice, 'use-a-profile')).toBe(true);
    expect(isExerciseComplete(twice, 'add-named-profile')).toBe(false);
  });

  test('reading a lesson does not mark its exercises', () => {
    const p = readLesson(emptyProgress(), 'aws-foundations/aws-programmatic-access', t1);
    expect(isLessonRead(p, 'aws-foundations/aws-programmatic-access')).toBe(true);
    expect(Object.keys(p.exercises)).toEqual([]);
  });

  test('inherited object keys are not progress', () => {
    expect(isExerciseComplete(emptyProgress(), 'toString')).toBe(false);
    expect(isLessonRead(emptyProgress(), 'constructor')).toBe(false);
  });

  test("lesson marks count only the lesson's exercises", () => {
    let p = completeExercise(emptyProgress(), 'a', t1);
    p = completeExercise(p, 'elsewhere', t1);
    const marks = lessonProgress(p, 'm/l', ['a', 'b', 'c']);
    expect(marks).toEqual({ read: false, completedExercises: 1, totalExercises: 3 });
    expect(describeLessonProgress(marks)).toBe('not read yet, 1 of 3 exercises done');
    expect(describeLessonProgress({ read: true, completedExercises: 0, totalExercises: 0 })).toBe('read');
  });

  test('merging keeps everything and the earliest time', () => {
    const base = completeExercise(readLesson(emptyProgress(), 'm/l', t2), 'a', t2);
    const added = completeExercise(completeExercise(emptyProgress(), 'a', t1), 'b', t2);
    const merged = mergeProgress(base, added);
    expect(merged.exercises).toEqual({ a: { at: t1.toISOString() }, b: { at: t2.toISOString() } });
    expect(merged.lessons).toEqual({ 'm/l': { at: t2.toISOString() } });
    expect(base.exercises.a).toEqual({ at: t2.toISOString() });
  });
});
