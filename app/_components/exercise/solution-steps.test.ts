import { describe, expect, test } from 'vitest';
import { exercises, getExercise } from '@/exercises';
import { createSandbox } from '@/lib/shell';
import { nextStepIndex, solutionSteps, stepText } from './solution-steps';

async function stepsOf(id: string) {
  const exercise = getExercise(id);
  if (!exercise) throw new Error(`no exercise ${id}`);
  return solutionSteps(await createSandbox(exercise.setup), exercise.solution);
}

describe('solution steps', () => {
  test('aws configure takes its four answers with it', async () => {
    const steps = await stepsOf('configure-default-profile');
    expect(steps).toHaveLength(1);
    expect(steps[0]?.command).toBe('aws configure');
    expect(steps[0]?.answers).toHaveLength(4);
    expect(steps[0]?.answers[2]).toBe('eu-west-1');
    expect(stepText(steps[0]!).split('\n')).toHaveLength(5);
  });

  test('a here-doc is one step with its body', async () => {
    const steps = await stepsOf('add-named-profile');
    expect(steps).toHaveLength(2);
    expect(steps[0]?.command).toMatch(/^cat >> ~\/.aws\/credentials <<'EOF'\n[\s\S]*\nEOF$/);
    expect(steps[0]?.answers).toEqual([]);
  });

  test('every exercise solution splits into steps that rebuild the script', async () => {
    for (const exercise of exercises) {
      const steps = await solutionSteps(await createSandbox(exercise.setup), exercise.solution);
      expect(steps.length, exercise.id).toBeGreaterThan(0);
      expect(steps.map(stepText).join('\n'), exercise.id).toBe(exercise.solution.replace(/\n$/, ''));
    }
  });

  test('the next step follows what the learner already ran, exploring in between', async () => {
    const steps = await stepsOf('use-a-profile');
    expect(steps.length).toBe(3);
    const ran = (command: string) => ({ command, exitCode: 0 });
    expect(nextStepIndex(steps, [])).toBe(0);
    expect(nextStepIndex(steps, [ran('ls'), ran(steps[0]!.command)])).toBe(1);
    expect(nextStepIndex(steps, [ran(steps[1]!.command)])).toBe(0);
    expect(
      nextStepIndex(steps, [ran(steps[0]!.command), ran('  ' + steps[1]!.command.replace(' ', '   '))]),
    ).toBe(2);
    expect(
      nextStepIndex(
        steps,
        steps.map((s) => ran(s.command)),
      ),
    ).toBe(0);
  });
});
