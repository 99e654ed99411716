// What the headless runner (scripts/sandbox.ts) needs for exercises: --list-exercises, --exercise ID, --report FILE.
// Pure: the runner parses its options, passes the registry in and writes the report file itself.
import type { SandboxSnapshot } from '../shell/types';
import { gradeSnapshot } from './grade';
import type { CheckReport, Exercise } from './types';

/** `id<TAB>title` per line, in registry order. */
export function formatExerciseList(exercises: readonly Exercise[]): string {
  return exercises.map((e) => `${e.id}\t${e.title}\n`).join('');
}

/** The exercise with this id, or an error listing the known ids. */
export function findExercise(
  exercises: readonly Exercise[],
  id: string,
): { ok: true; exercise: Exercise } | { ok: false; error: string } {
  const exercise = exercises.find((e) => e.id === id);
  if (exercise) return { ok: true, exercise };
  return {
    ok: false,
    error: `unknown exercise '${id}'; known exercises: ${exercises.map((e) => e.id).join(', ')} (see --list-exercises)`,
  };
}

/** The JSON written by `--report FILE`. */
export interface ExerciseReportJson {
  exercise: string;
  complete: boolean;
  results: CheckReport[];
}

/** Grades the snapshot and returns the report as pretty JSON text (with a final newline). */
export async function exerciseReportJson(exercise: Exercise, snapshot: SandboxSnapshot): Promise<string> {
  const report = await gradeSnapshot(exercise, snapshot);
  const json: ExerciseReportJson = {
    exercise: exercise.id,
    complete: report.complete,
    results: report.results,
  };
  return JSON.stringify(json, null, 2) + '\n';
}
