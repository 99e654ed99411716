import { describe, expect, test } from 'vitest';
import { fileExists } from './checks/file-exists';
import { exerciseReportJson, findExercise, formatExerciseList, parseExerciseOptions } from './headless';
import { makeSnapshot } from './testing/snapshot';
import type { Exercise } from './types';

const base = { lesson: 'm/l', goal: 'g', setup: {}, hints: [], solution: '', wrongAttempts: [] };
const notes: Exercise = {
  ...base,
  id: 'make-notes',
  title: 'Make notes',
  checks: [fileExists({ id: 'notes', label: 'notes exist', path: '~/notes.txt' })],
};
const other: Exercise = { ...notes, id: 'other', title: 'Other one' };

describe('parseExerciseOptions', () => {
  test('takes out the exercise options and leaves the rest for the runner', () => {
    expect(
      parseExerciseOptions(['--home', 'dir', '--exercise', 'make-notes', '--report=out.json', '--dump', 'd']),
    ).toEqual({
      ok: true,
      options: { listExercises: false, exerciseId: 'make-notes', reportFile: 'out.json' },
      rest: ['--home', 'dir', '--dump', 'd'],
    });
    expect(parseExerciseOptions(['--list-exercises'])).toEqual({
      ok: true,
      options: { listExercises: true },
      rest: [],
    });
  });

  test('missing values and --report without --exercise are errors', () => {
    expect(parseExerciseOptions(['--exercise'])).toEqual({
      ok: false,
      error: '--exercise needs a value: --exercise ID',
    });
    expect(parseExerciseOptions(['--report', '--exercise', 'x'])).toEqual({
      ok: false,
      error: '--report needs a value: --report FILE',
    });
    expect(parseExerciseOptions(['--report', 'r.json'])).toEqual({
      ok: false,
      error: "--report needs --exercise ID: the report lists that exercise's checks",
    });
  });
});

describe('exercise list, lookup and report', () => {
  test('lists ids and titles and finds by id', () => {
    expect(formatExerciseList([notes, other])).toBe('make-notes\tMake notes\nother\tOther one\n');
    expect(findExercise([notes, other], 'other')).toEqual({ ok: true, exercise: other });
    expect(findExercise([notes, other], 'nope')).toEqual({
      ok: false,
      error: "unknown exercise 'nope'; known exercises: make-notes, other (see --list-exercises)",
    });
  });

  test('the report is the graded checklist as JSON', async () => {
    const json = JSON.parse(await exerciseReportJson(notes, makeSnapshot()));
    expect(json).toEqual({
      exercise: 'make-notes',
      complete: false,
      results: [
        { id: 'notes', label: 'notes exist', status: 'fail', message: '`~/notes.txt` does not exist yet.' },
      ],
    });
    const done = JSON.parse(await exerciseReportJson(notes, makeSnapshot({ files: { '~/notes.txt': '' } })));
    expect(done.complete).toBe(true);
  });
});
