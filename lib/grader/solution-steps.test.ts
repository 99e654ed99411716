import { describe, expect, test } from 'vitest';
import { createSandbox } from '../shell/index';
import { nextSolutionStep, solutionAnswerFor, solutionSteps } from './solution-steps';

describe('solutionSteps', () => {
  test('prompt answers belong to the command that asks; here-docs stay one input', async () => {
    const scratch = await createSandbox();
    const steps = await solutionSteps(
      scratch,
      "aws configure\nAKIAIOSFODNN7EXAMPLE\nsecret\neu-west-1\njson\ncat > ~/a.txt <<'EOF'\nhello\nEOF\n\nchmod 600 ~/a.txt\n",
    );
    expect(steps).toEqual([
      {
        input: 'aws configure',
        answers: ['AKIAIOSFODNN7EXAMPLE', 'secret', 'eu-west-1', 'json'],
        prompts: [
          'AWS Access Key ID [None]: ',
          'AWS Secret Access Key [None]: ',
          'Default region name [None]: ',
          'Default output format [None]: ',
        ],
      },
      { input: "cat > ~/a.txt <<'EOF'\nhello\nEOF", answers: [], prompts: [] },
      { input: 'chmod 600 ~/a.txt', answers: [], prompts: [] },
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

describe('solutionAnswerFor', () => {
  const steps = [
    { input: 'export A=1', answers: [], prompts: [] },
    {
      input: 'aws configure',
      answers: ['AKIAIOSFODNN7EXAMPLE', 'secret', 'eu-west-1', 'json'],
      prompts: [
        'AWS Access Key ID [None]: ',
        'AWS Secret Access Key [None]: ',
        'Default region name [None]: ',
        'Default output format [None]: ',
      ],
    },
  ];
  const ran = (command: string) => ({ command, exitCode: 0 });

  test('a question gets only the answer the solution gives it, whatever its current value', () => {
    expect(solutionAnswerFor(steps, [ran('export A=1')], 'Default region name [us-east-1]: ')).toBe(
      'eu-west-1',
    );
    expect(solutionAnswerFor(steps, [], 'AWS Secret Access Key [****************EKEY]: ')).toBe('secret');
    // After every step ran (the asking one is in the history already), the answer is still found.
    expect(
      solutionAnswerFor(steps, [ran('export A=1'), ran('aws configure')], 'Default output format [json]: '),
    ).toBe('json');
  });

  test('a question the solution never answers gets null, never a command', () => {
    expect(solutionAnswerFor(steps, [], 'Enter MFA code: ')).toBeNull();
    expect(solutionAnswerFor([], [], 'Default region name [None]: ')).toBeNull();
  });
});
