// scriptRunsAs runs the script in a throwaway copy of a real sandbox and judges the aws calls it made.
import { describe, expect, test } from 'vitest';
import { createSandbox } from '../../shell/index';
import { defaultAccount } from '../../aws/default-account';
import { credentialsFileText, example1Key, sampleUserKey } from '../index';
import { createGradeState } from '../state';
import { scriptRunsAs } from './script-runs-as';

const check = scriptRunsAs({
  id: 's',
  label: 's',
  path: '~/deploy.sh',
  expect: { profile: 'deploy', identity: 'example_1' },
  fix: 'Choose the profile in the script.',
});

async function stateWith(script: string | null, env: Record<string, string> = {}) {
  const files: Record<string, { content: string; mode: number }> = {
    '~/.aws/credentials': {
      content: credentialsFileText({ default: sampleUserKey, deploy: example1Key }),
      mode: 0o600,
    },
  };
  if (script !== null) files['~/deploy.sh'] = { content: `#!/bin/bash\n${script}`, mode: 0o755 };
  const sandbox = await createSandbox({ files, env });
  return { state: createGradeState(sandbox.snapshot()), sandbox };
}

describe('scriptRunsAs', () => {
  test('passes when running the script makes aws use the profile, however it is chosen', async () => {
    for (const body of [
      'export AWS_PROFILE=deploy\naws s3 ls\n',
      'aws s3 ls --profile deploy\n',
      'AWS_PROFILE=deploy aws s3 ls\n',
      'd() { aws "$@" --profile deploy; }\nd s3 ls\n',
    ]) {
      const { state } = await stateWith(body);
      expect(await check.run(state), body).toEqual({ pass: true });
    }
  });

  test('an unexported assignment or a comment does not choose the profile', async () => {
    for (const body of ['AWS_PROFILE=deploy\naws s3 ls\n', '# --profile deploy\naws s3 ls\n']) {
      const { state } = await stateWith(body);
      expect(await check.run(state), body).toEqual({
        pass: false,
        message:
          'When `bash ~/deploy.sh` runs, `aws s3 ls` uses the profile `default` as `sample_user`. Choose the profile in the script.',
      });
    }
  });

  test('it runs in a fresh login shell: the learner exported AWS_PROFILE does not help the script', async () => {
    const { state } = await stateWith('aws s3 ls\n', { AWS_PROFILE: 'deploy' });
    expect(await check.run(state)).toMatchObject({ pass: false });
  });

  test('the copy is thrown away: the learner’s sandbox keeps its files and records', async () => {
    const { state, sandbox } = await stateWith('touch ~/marker\naws s3 ls --profile deploy\n');
    expect(await check.run(state)).toEqual({ pass: true });
    expect(sandbox.readFile('~/marker')).toBeNull();
    expect(state.records).toHaveLength(0);
  });

  test('a missing script and a script without aws say so', async () => {
    expect(await check.run((await stateWith(null)).state)).toEqual({
      pass: false,
      message: '`~/deploy.sh` does not exist.',
    });
    expect(await check.run((await stateWith('echo hi\n')).state)).toEqual({
      pass: false,
      message: '`bash ~/deploy.sh` runs no `aws` command. Choose the profile in the script.',
    });
  });

  test('an aws call that stops is quoted with the CLI’s words', async () => {
    const { state } = await stateWith('aws s3 ls --profile Deploy\n');
    expect(await check.run(state)).toEqual({
      pass: false,
      message:
        'In `bash ~/deploy.sh`, `aws s3 ls --profile Deploy` stops: The config profile (Deploy) could not be found. Choose the profile in the script.',
    });
  });

  test('with `succeeds`, a refused call names the request and the fix; another failure says to read the error', async () => {
    const options = {
      id: 's',
      label: 's',
      path: '~/deploy.sh',
      expect: { identity: 'example_1' },
      fix: 'Keep the profile.',
    };
    const strict = scriptRunsAs({ ...options, succeeds: { denied: 'Fix the policy.' } });
    const account = structuredClone(defaultAccount);
    account.users[1]!.attachedPolicies = [];
    const files = {
      '~/.aws/credentials': { content: credentialsFileText({ deploy: example1Key }), mode: 0o600 },
      '~/deploy.sh': { content: '#!/bin/bash\naws s3 ls --profile deploy\n', mode: 0o755 },
    };
    const denied = await createSandbox({ files, account });
    expect(await strict.run(createGradeState(denied.snapshot()))).toEqual({
      pass: false,
      message:
        'When `bash ~/deploy.sh` runs, `aws s3 ls --profile deploy` is refused with AccessDenied: `s3:ListAllMyBuckets` on `*` is not allowed. Fix the policy.',
    });
    // The same refused call passes a check that only asks who made it.
    const lenient = scriptRunsAs(options);
    expect(await lenient.run(createGradeState(denied.snapshot()))).toEqual({ pass: true });
    const missing = await createSandbox({
      files: {
        ...files,
        '~/deploy.sh': { content: 'aws s3 ls s3://no-such-bucket-here --profile deploy\n', mode: 0o755 },
      },
    });
    expect(await strict.run(createGradeState(missing.snapshot()))).toEqual({
      pass: false,
      message:
        'When `bash ~/deploy.sh` runs, `aws s3 ls s3://no-such-bucket-here --profile deploy` fails with NoSuchBucket (exit status 254). Run it yourself and read the error.',
    });
  });
});
