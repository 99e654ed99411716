// ranCommand judges execution records: argv after expansion, the env the program received, what aws resolved.
import { describe, expect, test } from 'vitest';
import { credentialsFileText, example1Key, sampleUserKey } from '../index';
import { awsOption, isAws } from '../records';
import { makeState } from '../testing/snapshot';
import { ranCommand } from './ran-command';

const HOME = { HOME: '/home/learner' };
const files = {
  '~/.aws/credentials': credentialsFileText({ default: sampleUserKey, example_1: example1Key }),
};
const sts = (...rest: string[]) => ['aws', 'sts', 'get-caller-identity', ...rest];
const exampleKeys = {
  AWS_ACCESS_KEY_ID: example1Key.accessKeyId,
  AWS_SECRET_ACCESS_KEY: example1Key.secretAccessKey,
};

const withProfile = ranCommand({
  id: 'p',
  label: 'p',
  display: 'aws sts get-caller-identity --profile example_1',
  matches: (r) => isAws(r, 'sts', 'get-caller-identity') && awsOption(r, '--profile') === 'example_1',
});

const confirmed = ranCommand({
  id: 'c',
  label: 'c',
  display: 'aws sts get-caller-identity',
  matches: (r) => isAws(r, 'sts', 'get-caller-identity') && awsOption(r, '--profile') === undefined,
  whileExported: { AWS_PROFILE: 'example_1' },
  aws: { identity: 'example_1' },
});

describe('ranCommand', () => {
  test('passes when a matching record succeeded, whatever else ran', async () => {
    const state = makeState({
      files,
      records: [
        { argv: ['ls', '-la'] },
        { argv: ['aws', '--profile', 'example_1', 'sts', 'get-caller-identity'] },
      ],
    });
    expect(await withProfile.run(state)).toEqual({ pass: true });
  });

  test('--profile=NAME counts; the history text does not', async () => {
    expect(await withProfile.run(makeState({ records: [{ argv: sts('--profile=example_1') }] }))).toEqual({
      pass: true,
    });
    const typedOnly = makeState({ history: ['aws sts get-caller-identity --profile example_1'] });
    expect(await withProfile.run(typedOnly)).toEqual({
      pass: false,
      message: 'Run `aws sts get-caller-identity --profile example_1` (it has not run yet).',
    });
  });

  test('a failed run is quoted with its exit status; a later success passes', async () => {
    const failed = { argv: sts('--profile', 'example_1'), exitCode: 253 };
    expect(await withProfile.run(makeState({ records: [failed] }))).toEqual({
      pass: false,
      message:
        '`aws sts get-caller-identity --profile example_1` failed (exit status 253); fix it and run it again.',
    });
    const fixed = makeState({ records: [failed, { argv: sts('--profile', 'example_1') }] });
    expect(await withProfile.run(fixed)).toEqual({ pass: true });
  });

  test('whileExported reads the environment the program received', async () => {
    const ok = makeState({ files, records: [{ argv: sts(), env: { ...HOME, AWS_PROFILE: 'example_1' } }] });
    expect(await confirmed.run(ok)).toEqual({ pass: true });
    expect(await confirmed.run(makeState({ files, records: [{ argv: sts() }] }))).toEqual({
      pass: false,
      message: '`aws sts get-caller-identity` ran, but not while `AWS_PROFILE=example_1` was exported.',
    });
    const other = makeState({
      files,
      records: [{ argv: sts(), env: { ...HOME, AWS_PROFILE: 'example-1' } }],
    });
    expect(await confirmed.run(other)).toEqual({
      pass: false,
      message:
        '`aws sts get-caller-identity` ran with `AWS_PROFILE=example-1`; expected `AWS_PROFILE=example_1`.',
    });
  });

  test('exported keys beat AWS_PROFILE: the call acted as their owner, so it does not count', async () => {
    const env = {
      ...HOME,
      AWS_PROFILE: 'example_1',
      AWS_ACCESS_KEY_ID: sampleUserKey.accessKeyId,
      AWS_SECRET_ACCESS_KEY: sampleUserKey.secretAccessKey,
    };
    expect(await confirmed.run(makeState({ files, records: [{ argv: sts(), env }] }))).toEqual({
      pass: false,
      message:
        '`aws sts get-caller-identity` ran as `sample_user` (credentials from environment variables); expected `example_1`. Exported `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY` beat `AWS_PROFILE`: `unset` them first.',
    });
  });

  test('--profile turns the environment keys off', async () => {
    const listed = ranCommand({
      id: 'l',
      label: 'l',
      display: 'aws configure list',
      matches: (r) => isAws(r, 'configure', 'list'),
      aws: { credentialSource: 'env', identity: 'example_1' },
    });
    const env = { ...HOME, ...exampleKeys };
    expect(
      await listed.run(makeState({ files, records: [{ argv: ['aws', 'configure', 'list'], env }] })),
    ).toEqual({
      pass: true,
    });
    const overridden = makeState({
      files,
      records: [{ argv: ['aws', 'configure', 'list', '--profile', 'default'], env }],
    });
    expect(await listed.run(overridden)).toEqual({
      pass: false,
      message:
        '`aws configure list` ran, but its credentials came from the shared credentials file; expected environment variables. `--profile` makes the CLI ignore the keys in the environment.',
    });
  });

  test("the engine's own AwsCallRecord is preferred to re-resolving", async () => {
    const state = makeState({
      records: [
        {
          argv: sts(),
          env: { ...HOME, AWS_PROFILE: 'example_1' },
          aws: {
            service: 'sts',
            operation: 'get-caller-identity',
            profile: 'example_1',
            credentialSource: 'shared-credentials-file',
            accessKeyId: example1Key.accessKeyId,
            identityArn: 'arn:aws:iam::123456789012:user/example_1',
            region: null,
            output: 'json',
            outcome: 'ok',
          },
        },
      ],
    });
    // No credentials file in this state: only the record can say who the call was.
    expect(await confirmed.run(state)).toEqual({ pass: true });
  });

  test('a record whose aws fields name no credentials (configure, early stops) is resolved like the CLI', async () => {
    const listed = ranCommand({
      id: 'l',
      label: 'l',
      display: 'aws configure list',
      matches: (r) => isAws(r, 'configure', 'list'),
      aws: { credentialSource: 'env', identity: 'example_1' },
    });
    const aws = {
      service: 'configure',
      operation: 'list',
      profile: null,
      credentialSource: null,
      accessKeyId: null,
      identityArn: null,
      region: null,
      output: null,
      outcome: 'ok' as const,
    };
    const state = makeState({
      files,
      records: [{ argv: ['aws', 'configure', 'list'], env: { ...HOME, ...exampleKeys }, aws }],
    });
    expect(await listed.run(state)).toEqual({ pass: true });
  });
});
