// ranAsRole judges the identity AWS recognised for a recorded `aws` call: a session of the role, its name, its source.
import { describe, expect, test } from 'vitest';
import type { AwsCallRecord } from '../../aws/types';
import { credentialsFileText, example1Key, sampleUserKey } from '../index';
import { isAws } from '../records';
import { makeState, type SnapshotInput } from '../testing/snapshot';
import { ranAsRole } from './ran-as-role';

const files = {
  '~/.aws/credentials': credentialsFileText({ default: sampleUserKey, example_1: example1Key }),
};
const SESSION_ARN = 'arn:aws:sts::123456789012:assumed-role/S3Reader/reader';
const call = (fields: Partial<AwsCallRecord>): AwsCallRecord => ({
  service: 'sts',
  operation: 'get-caller-identity',
  profile: 'default',
  credentialSource: 'env',
  accessKeyId: 'ASIAGTAVSHFILBGJB6OL',
  identityArn: SESSION_ARN,
  region: 'us-east-1',
  output: 'json',
  outcome: 'ok',
  ...fields,
});
const argv = ['aws', 'sts', 'get-caller-identity'];
const tempEnv = {
  HOME: '/home/learner',
  AWS_ACCESS_KEY_ID: 'ASIAGTAVSHFILBGJB6OL',
  AWS_SECRET_ACCESS_KEY: 'secret',
  AWS_SESSION_TOKEN: 'token',
};
const options = {
  id: 'r',
  label: 'r',
  display: 'aws sts get-caller-identity',
  matches: (r: Parameters<typeof isAws>[0]) => isAws(r, 'sts', 'get-caller-identity'),
  roleName: 'S3Reader',
};
const check = ranAsRole({ ...options, credentialSource: 'env' });
const message = async (records: SnapshotInput['records'], c = check) => {
  const outcome = await c.run(makeState({ files, records }));
  return outcome.pass ? 'pass' : outcome.message;
};

describe('ranAsRole', () => {
  test('passes for a call AWS saw as a session of the role, from the exported keys', async () => {
    expect(await message([{ argv: ['ls'] }, { argv, env: tempEnv, aws: call({}) }])).toBe('pass');
  });

  test('asks for the command when nothing matching ran', async () => {
    expect(await message([{ argv: ['echo', ...argv] }])).toBe(
      'Run `aws sts get-caller-identity` (it has not run yet).',
    );
  });

  test('a temporary key without its session token is named', async () => {
    const env = { ...tempEnv, AWS_SESSION_TOKEN: '' };
    const record = { argv, env, exitCode: 254 };
    const aws = call({ identityArn: null, outcome: 'auth-failed', errorCode: 'InvalidClientTokenId' });
    expect(await message([{ ...record, aws }])).toBe(
      '`aws sts get-caller-identity` ran with a temporary key (`ASIA…`) but without `AWS_SESSION_TOKEN`: AWS refuses temporary keys without their session token, so export it too.',
    );
  });

  test('a call as a user says so, and why when --profile hid the exported keys', async () => {
    const aws = call({
      identityArn: 'arn:aws:iam::123456789012:user/example_1',
      credentialSource: 'shared-credentials-file',
    });
    expect(await message([{ argv: [...argv, '--profile', 'example_1'], env: tempEnv, aws }])).toBe(
      '`aws sts get-caller-identity` ran as `arn:aws:iam::123456789012:user/example_1`, not as the role `S3Reader`. `--profile` makes the CLI ignore the keys in the environment.',
    );
    const asDefault = call({
      identityArn: 'arn:aws:iam::123456789012:user/sample_user',
      credentialSource: 'shared-credentials-file',
    });
    expect(await message([{ argv, aws: asDefault }])).toBe(
      '`aws sts get-caller-identity` ran as `arn:aws:iam::123456789012:user/sample_user`, not as the role `S3Reader`. The temporary keys were not exported when it ran.',
    );
  });

  test('another role, another credential source, another session name', async () => {
    const other = call({ identityArn: 'arn:aws:sts::123456789012:assumed-role/Admin/x' });
    expect(await message([{ argv, env: tempEnv, aws: other }])).toBe(
      '`aws sts get-caller-identity` ran as the role `Admin`; expected `S3Reader`.',
    );
    const viaProfile = call({ credentialSource: 'assume-role', profile: 's3reader' });
    expect(await message([{ argv, aws: viaProfile }])).toBe(
      '`aws sts get-caller-identity` ran as the role, but with its credentials from a role profile (`role_arn` and `source_profile`); this step asks for the exported `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN`.',
    );
    const named = ranAsRole({
      ...options,
      credentialSource: 'assume-role',
      profile: 's3reader',
      sessionName: 'camera-review',
    });
    expect(await message([{ argv, aws: viaProfile }], named)).toBe(
      '`aws sts get-caller-identity` ran as `arn:aws:sts::123456789012:assumed-role/S3Reader/reader`: the session is named `reader`; expected `camera-review`.',
    );
    expect(
      await message([{ argv, aws: call({ credentialSource: 'assume-role', profile: 'other' }) }], named),
    ).toBe(
      '`aws sts get-caller-identity` ran as the role, but through the profile `other`; this step asks for the profile `s3reader`.',
    );
  });

  test('a refused call names the AWS error; a CLI stop names the CLI error', async () => {
    const denied = call({
      identityArn: null,
      credentialSource: 'assume-role',
      outcome: 'access-denied',
      errorCode: 'AccessDenied',
    });
    expect(await message([{ argv, exitCode: 254, aws: denied }])).toBe(
      '`aws sts get-caller-identity` failed: AWS answered `AccessDenied`.',
    );
    const missing = { argv: [...argv, '--profile', 'nobody'], exitCode: 255 };
    expect(await message([missing])).toBe(
      '`aws sts get-caller-identity` stopped before reaching AWS: The config profile (nobody) could not be found.',
    );
  });

  test('one good call among bad ones passes', async () => {
    const bad = call({ identityArn: 'arn:aws:iam::123456789012:user/sample_user' });
    expect(
      await message([
        { argv, aws: bad },
        { argv, env: tempEnv, aws: call({}) },
      ]),
    ).toBe('pass');
  });
});
