import { describe, expect, test } from 'vitest';
import { createSandbox } from '../shell/index';
import { nextSolutionStep, solutionSteps } from './solution-steps';

describe('solutionSteps', () => {
  test('prompt answers belong to the command that asks; here-docs stay one input', async () => {
    const scratch = await createSandbox();
    const steps = await solutionSteps(
      scratch,
      "aws configure\nAKIAIOSFODNN7EXAMPLE\nsecret\neu-west-1\njson\ncat > ~/a.txt <<'EOF'\nhello\nEOF\n\nchmod 600 ~/a.txt\n",
    );
    expect(steps).toEqual([
      { input: 'aws configure', answers: ['AKIAIOSFODNN7EXAMPLE', 'secret', 'eu-west-1', 'json'] },
      { input: "cat > ~/a.txt <<'EOF'\nhello\nEOF", answers: [] },
      { input: 'chmod 600 ~/a.txt', answers: [] },
    ]);
  });
});

describe('nextSolutionStep', () => {
  const steps = [
    { input: 'export A=1', answers: [] },
    { input: 'aws configure list', answers: [] },
  ];

  test('walks the history in order by text, ignoring exploration and exit statuses', () => {
    expect(nextSolutionStep(steps, [])).toBe(steps[0]);
    expect(
      nextSolutionStep(steps, [
        { command: 'ls', exitCode: 0 },
        { command: ' export A=1 ', exitCode: 0 },
      ]),
    ).toBe(steps[1]);
    const typo = [
      { command: 'export A=1', exitCode: 0 },
      { command: 'aws configure lsit', exitCode: 252 },
    ];
    expect(nextSolutionStep(steps, typo)).toBe(steps[1]);
    expect(nextSolutionStep(steps, [...typo, { command: 'aws configure list', exitCode: 1 }])).toBeNull();
  });

  test('a step run before the previous one does not count', () => {
    const history = [
      { command: 'aws configure list', exitCode: 0 },
      { command: 'export A=1', exitCode: 0 },
    ];
    expect(nextSolutionStep(steps, history)).toBe(steps[1]);
  });
});
