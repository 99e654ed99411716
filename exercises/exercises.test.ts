// Content that proves itself: for every exercise, the fresh setup fails, the solution passes, wrong attempts get their message.
import { describe, expect, test } from 'vitest';
import { gradeSnapshot, nextSolutionStep, solutionSteps, type Exercise } from '@/lib/grader';
import { createSandbox } from '@/lib/shell';
// The same statement-by-statement runner as the headless CLI (scripts/sandbox.ts).
import { runScript } from '@/lib/shell/run-script';
import { exercises } from './index';

async function gradeAfter(exercise: Exercise, script: string) {
  const sandbox = await createSandbox(exercise.setup);
  const output = await runScript(sandbox, script);
  return { report: await gradeSnapshot(exercise, sandbox.snapshot()), output };
}

function failing(report: Awaited<ReturnType<typeof gradeSnapshot>>) {
  return report.results.filter((r) => r.status !== 'pass').map((r) => `${r.id}: ${r.message}`);
}

describe.each(exercises.map((e) => [e.id, e] as const))('exercise %s', (_id, exercise) => {
  test('the fresh setup fails at least one check', async () => {
    const sandbox = await createSandbox(exercise.setup);
    const report = await gradeSnapshot(exercise, sandbox.snapshot());
    expect(report.results.some((r) => r.status === 'broken')).toBe(false);
    expect(report.results.filter((r) => r.status === 'fail').length).toBeGreaterThan(0);
  });

  test('the reference solution passes every check', async () => {
    const { report, output } = await gradeAfter(exercise, exercise.solution);
    expect(failing(report), `stderr of the solution:\n${output.stderr}`).toEqual([]);
    expect(report.complete).toBe(true);
  });

  test('typing the solution one step at a time ("show solution") completes it', async () => {
    const steps = await solutionSteps(await createSandbox(exercise.setup), exercise.solution);
    const sandbox = await createSandbox(exercise.setup);
    for (const [index, step] of steps.entries()) {
      expect(nextSolutionStep(steps, sandbox.history())).toBe(step);
      const answers = [...step.answers];
      await sandbox.run(step.input, { readLine: async () => answers.shift() ?? null });
      expect(answers, `step ${index}`).toEqual([]);
    }
    expect(nextSolutionStep(steps, sandbox.history())).toBeNull();
    expect(failing(await gradeSnapshot(exercise, sandbox.snapshot()))).toEqual([]);
  });

  test('exploring before and after the solution costs nothing', async () => {
    const explore =
      'ls -la ~/.aws\ncat ~/.aws/credentials\naws configure list\naws configure list-profiles\npwd\nenv\n';
    const { report, output } = await gradeAfter(exercise, `${explore}${exercise.solution}${explore}`);
    expect(failing(report), `stderr:\n${output.stderr}`).toEqual([]);
  });

  test('has at least six alternatives and six wrong attempts', () => {
    expect(exercise.alternatives.length).toBeGreaterThanOrEqual(6);
    expect(exercise.wrongAttempts.length).toBeGreaterThanOrEqual(6);
  });

  test.each(exercise.alternatives.map((a) => [a.name, a] as const))(
    'alternative "%s" passes every check',
    async (_name, alternative) => {
      const { report, output } = await gradeAfter(exercise, alternative.script);
      expect(failing(report), `stderr:\n${output.stderr}`).toEqual([]);
    },
  );

  test.each(exercise.wrongAttempts.map((w) => [w.name, w] as const))(
    'wrong attempt "%s" fails its check with its message',
    async (_name, attempt) => {
      const { report, output } = await gradeAfter(exercise, attempt.script);
      const result = report.results.find((r) => r.id === attempt.failsCheck);
      expect(result?.status, `stderr:\n${output.stderr}\nresults:\n${failing(report).join('\n')}`).toBe(
        'fail',
      );
      expect(result?.message).toContain(attempt.message);
    },
  );
});
