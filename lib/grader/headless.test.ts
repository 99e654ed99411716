import { describe, expect, test } from 'vitest';
import { fileExists } from './checks/file-exists';
import { exerciseReportJson, findExercise, formatExerciseList } from './headless';
import { makeSnapshot } from './testing/snapshot';
import type { Exercise } from './types';

const base = { goal: 'g', setup: {}, hints: [], solution: '', alternatives: [], wrongAttempts: [] };
const notes: Exercise = {
  ...base,
  id: 'make-notes',
  title: 'Make notes',
  checks: [fileExists({ id: 'notes', label: 'notes exist', path: '~/notes.txt' })],
};
const other: Exercise = { ...notes, id: 'other', title: 'Other one' };

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
