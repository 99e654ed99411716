// The panel's "Show solution" on every real exercise, through the module the panel loads.
import { expect, test } from 'vitest';
import { exercises } from '@/exercises';
import { createSandbox, loadExercise, nextSolutionStep, solutionSteps } from './grading';

async function stepsOf(id: string) {
  const exercise = await loadExercise(id);
  if (!exercise) throw new Error(`no exercise ${id}`);
  return solutionSteps(await createSandbox(exercise.setup), exercise.solution);
}

test('every exercise solution splits into steps that rebuild the script', async () => {
  for (const exercise of exercises) {
    const steps = await solutionSteps(await createSandbox(exercise.setup), exercise.solution);
    expect(steps.length, exercise.id).toBeGreaterThan(0);
    // Blank lines between commands are not steps; everything else comes back in order.
    const squeeze = (text: string) => text.replace(/\n\s*(?=\n)/g, '').replace(/\n+$/, '');
    const text = steps.map((s) => [s.input, ...s.answers].join('\n')).join('\n');
    expect(squeeze(text), exercise.id).toBe(squeeze(exercise.solution));
  }
});

test('aws configure takes its four answers and their questions with it', async () => {
  const steps = await stepsOf('configure-default-profile');
  // The key is created and set first (its id and secret are the learner's own), then `aws configure` asks.
  const configure = steps.filter((s) => s.input === 'aws configure');
  expect(configure).toHaveLength(1);
  expect(configure[0]?.answers).toEqual(['', '', 'eu-west-1', 'json']);
  expect(configure[0]?.prompts?.[2]).toMatch(/^Default region name \[/);
});

test('after the last step there is no next step (the panel says so instead of starting over)', async () => {
  const steps = await stepsOf('use-a-profile');
  const history = steps.map((s) => ({ command: s.input, exitCode: 0 }));
  expect(nextSolutionStep(steps, history.slice(0, 1))).toBe(steps[1]);
  expect(nextSolutionStep(steps, history)).toBeNull();
});
