import { describe, expect, test } from 'vitest';
import { isAwsCommand, optionValue } from '../command-line';
import { makeState } from '../testing/snapshot';
import { ranCommand } from './ran-command';

const withProfile = ranCommand({
  id: 'p',
  label: 'p',
  display: 'aws sts get-caller-identity --profile example_1',
  matches: (s) =>
    isAwsCommand(s, 'sts', 'get-caller-identity') && optionValue(s, '--profile') === 'example_1',
});

describe('ranCommand', () => {
  test('passes when a matching command succeeded, among other commands', async () => {
    const state = makeState({
      history: ['ls -la', 'cat ~/.aws/config && aws --profile example_1 sts get-caller-identity', 'pwd'],
    });
    expect(await withProfile.run(state)).toEqual({ pass: true });
  });

  test('asks to run it when the history has nothing like it', async () => {
    expect(await withProfile.run(makeState({ history: ['aws sts get-caller-identity'] }))).toEqual({
      pass: false,
      message: 'Run `aws sts get-caller-identity --profile example_1` (nothing like it in your history yet).',
    });
  });

  test('a failed run is quoted with its exit status; a later success passes', async () => {
    const failed = { command: 'aws sts get-caller-identity --profile=example_1', exitCode: 253 };
    expect(await withProfile.run(makeState({ history: [failed] }))).toEqual({
      pass: false,
      message:
        '`aws sts get-caller-identity --profile=example_1` failed (exit status 253); fix it and run it again.',
    });
    const fixed = makeState({ history: [failed, 'aws sts get-caller-identity --profile example_1'] });
    expect(await withProfile.run(fixed)).toEqual({ pass: true });
  });

  test('whileExported follows export, inline assignments and unset', async () => {
    const check = ranCommand({
      id: 'e',
      label: 'e',
      display: 'aws sts get-caller-identity',
      matches: (s) => isAwsCommand(s, 'sts', 'get-caller-identity'),
      whileExported: { AWS_PROFILE: 'example_1' },
    });
    expect(
      await check.run(
        makeState({ history: ['export AWS_PROFILE=example_1', 'aws sts get-caller-identity'] }),
      ),
    ).toEqual({
      pass: true,
    });
    expect(
      await check.run(makeState({ history: ['AWS_PROFILE=example_1 aws sts get-caller-identity'] })),
    ).toEqual({
      pass: true,
    });
    expect(
      await check.run(
        makeState({ history: ['AWS_PROFILE=example_1; export AWS_PROFILE', 'aws sts get-caller-identity'] }),
      ),
    ).toEqual({
      pass: true,
    });
    const unexported = makeState({ history: ['AWS_PROFILE=example_1', 'aws sts get-caller-identity'] });
    expect(await check.run(unexported)).toEqual({
      pass: false,
      message: '`aws sts get-caller-identity` ran, but not while `AWS_PROFILE=example_1` was exported.',
    });
    const unset = makeState({
      history: ['export AWS_PROFILE=example_1', 'unset AWS_PROFILE', 'aws sts get-caller-identity'],
    });
    expect((await check.run(unset)).pass).toBe(false);
  });

  test('whileExported with several names lists them', async () => {
    const check = ranCommand({
      id: 'l',
      label: 'l',
      display: 'aws configure list',
      matches: (s) => isAwsCommand(s, 'configure', 'list'),
      whileExported: { AWS_ACCESS_KEY_ID: true, AWS_SECRET_ACCESS_KEY: true },
    });
    expect(await check.run(makeState({ history: ['aws configure list'] }))).toEqual({
      pass: false,
      message:
        '`aws configure list` ran, but not while `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY` were exported.',
    });
    const ok = makeState({
      history: [
        'export AWS_ACCESS_KEY_ID=$(aws configure get aws_access_key_id --profile x) AWS_SECRET_ACCESS_KEY=b',
        'aws configure list',
      ],
    });
    expect(await check.run(ok)).toEqual({ pass: true });
  });
});
