// The terminal's `check` command for an exercise: prints the same checklist as the exercise panel.
import type { HostCommand } from '../shell/types';
import { formatReport, gradeSnapshot } from './grade';
import type { Exercise } from './types';

/** A host command that grades the sandbox it runs in; exit status 0 when complete, 1 otherwise. */
export function createCheckCommand(exercise: Pick<Exercise, 'checks' | 'title'>): HostCommand {
  return async (_args, { sandbox }) => {
    const report = await gradeSnapshot(exercise, sandbox.snapshot());
    return {
      stdout: `${exercise.title}\n${formatReport(report)}`,
      stderr: '',
      exitCode: report.complete ? 0 : 1,
    };
  };
}
