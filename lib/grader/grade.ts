// Grades a sandbox snapshot against an exercise's checks; a check that throws is reported as broken.
import type { SandboxSnapshot } from '../shell/types';
import { createGradeState } from './state';
import type { CheckReport, Exercise, GradeReport } from './types';

/** Runs every check in order on one shared state. Never throws. */
export async function gradeSnapshot(
  exercise: Pick<Exercise, 'checks'>,
  snapshot: SandboxSnapshot,
): Promise<GradeReport> {
  const state = createGradeState(snapshot);
  const results: CheckReport[] = [];
  for (const check of exercise.checks) {
    try {
      const outcome = await check.run(state);
      results.push(
        outcome.pass
          ? { id: check.id, label: check.label, status: 'pass' }
          : { id: check.id, label: check.label, status: 'fail', message: outcome.message },
      );
    } catch (error) {
      results.push({
        id: check.id,
        label: check.label,
        status: 'broken',
        message: `This check is broken (a bug in the exercise, not your work): ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  return { results, complete: results.every((r) => r.status === 'pass') };
}

/** The checklist as plain text, as the terminal's `check` command prints it. */
export function formatReport(report: GradeReport): string {
  const lines = report.results.map((r) => {
    const mark = r.status === 'pass' ? '[x]' : r.status === 'fail' ? '[ ]' : '[!]';
    return r.message ? `${mark} ${r.label}\n    ${r.message}` : `${mark} ${r.label}`;
  });
  const passed = report.results.filter((r) => r.status === 'pass').length;
  lines.push(
    report.complete
      ? 'All checks pass: exercise complete.'
      : `${passed}/${report.results.length} checks pass.`,
  );
  return lines.join('\n') + '\n';
}
