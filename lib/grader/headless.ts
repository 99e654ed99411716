// What the headless runner (scripts/sandbox.ts) needs for exercises: --list-exercises, --exercise ID, --report FILE.
// Pure: the runner passes the registry in and writes the report file itself.
import type { SandboxSnapshot } from '../shell/types';
import { gradeSnapshot } from './grade';
import type { CheckReport, Exercise } from './types';

/** The exercise options found on the command line. */
export interface ExerciseOptions {
  listExercises: boolean;
  exerciseId?: string;
  reportFile?: string;
}

/** Help lines for the runner's `--help`. */
export const exerciseOptionsHelp = [
  '  --list-exercises   print every exercise id and title, then exit',
  "  --exercise ID      start from that exercise's setup (files, environment, cwd, issued keys)",
  "  --report FILE      after the script, write the exercise's check results as JSON to FILE (needs --exercise)",
].join('\n');

/**
 * Takes the exercise options out of `argv`; other arguments are returned in `rest` for the runner.
 * Never throws: a missing value or `--report` without `--exercise` is an `error`.
 */
export function parseExerciseOptions(
  argv: readonly string[],
): { ok: true; options: ExerciseOptions; rest: string[] } | { ok: false; error: string } {
  const options: ExerciseOptions = { listExercises: false };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (name === '--list-exercises') {
      options.listExercises = true;
    } else if (name === '--exercise' || name === '--report') {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
        return {
          ok: false,
          error: `${name} needs a value: ${name === '--exercise' ? '--exercise ID' : '--report FILE'}`,
        };
      }
      if (name === '--exercise') options.exerciseId = value;
      else options.reportFile = value;
    } else {
      rest.push(arg);
    }
  }
  if (options.reportFile !== undefined && options.exerciseId === undefined) {
    return { ok: false, error: "--report needs --exercise ID: the report lists that exercise's checks" };
  }
  return { ok: true, options, rest };
}

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
