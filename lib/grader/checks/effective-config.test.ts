import { describe, expect, test } from 'vitest';
import { defaultAccount } from '../../aws/default-account';
import { createGradeState } from '../state';
import { makeSnapshot, makeState } from '../testing/snapshot';
import { effectiveConfig } from './effective-config';

const files = {
  '~/.aws/credentials':
    '[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n' +
    '[example_1]\naws_access_key_id = AKIAI44QH8DHBEXAMPLE\naws_secret_access_key = je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY\n',
  '~/.aws/config':
    '[default]\nregion = eu-west-1\noutput = json\n[profile example_1]\nregion = eu-west-3\noutput = text\n',
};

const example1 = effectiveConfig({
  id: 'e',
  label: 'e',
  query: { profile: 'example_1', env: 'files-only' },
  expect: {
    identity: 'example_1',
    credentialsSource: 'shared-credentials-file',
    region: 'eu-west-3',
    output: 'text',
  },
});

describe('effectiveConfig', () => {
  test('with --profile example_1, credentials come from the credentials file and region is eu-west-3', async () => {
    expect(await example1.run(makeState({ files }))).toEqual({ pass: true });
  });

  test('a missing profile reports the CLI error', async () => {
    const state = makeState({
      files: { '~/.aws/credentials': files['~/.aws/credentials'].split('[example_1]')[0]! },
    });
    expect(await example1.run(state)).toEqual({
      pass: false,
      message: 'With `--profile example_1`, `aws` stops: The config profile (example_1) could not be found.',
    });
  });

  test('an unparsable file or a half key pair stops aws with the CLI message', async () => {
    const broken = makeState({ files: { ...files, '~/.aws/config': 'region = eu-west-3\n' } });
    expect(await example1.run(broken)).toEqual({
      pass: false,
      message:
        'With `--profile example_1`, `aws` stops: Unable to parse config file: /home/learner/.aws/config.',
    });
    const half = makeState({
      files: { '~/.aws/credentials': '[example_1]\naws_access_key_id = AKIAI44QH8DHBEXAMPLE\n' },
    });
    const outcome = (await example1.run(half)) as { pass: boolean; message: string };
    expect(outcome.pass).toBe(false);
    expect(outcome.message).toMatch(
      /^With `--profile example_1`, `aws` stops: Partial credentials found in shared-credentials-file/,
    );
  });

  test('a wrong region names where it came from', async () => {
    const state = makeState({
      files: { ...files, '~/.aws/config': '[profile example_1]\nregion = eu-west-1\noutput = text\n' },
    });
    expect(await example1.run(state)).toEqual({
      pass: false,
      message:
        'With `--profile example_1`, the region is `eu-west-1` (from the config file); expected `eu-west-3`.',
    });
  });

  test('keys for the wrong user, unknown keys and no keys', async () => {
    const swapped = makeState({
      files: {
        ...files,
        '~/.aws/credentials': files['~/.aws/credentials']
          .replace('[example_1]', '[other]')
          .replace('[default]', '[example_1]'),
      },
    });
    expect(await example1.run(swapped)).toEqual({
      pass: false,
      message: 'With `--profile example_1`, `aws` acts as `sample_user`; expected `example_1`.',
    });
    const wrongSecret = makeState({
      files: {
        ...files,
        '~/.aws/credentials':
          '[example_1]\naws_access_key_id = AKIAI44QH8DHBEXAMPLE\naws_secret_access_key = nope\n',
      },
    });
    expect(await example1.run(wrongSecret)).toEqual({
      pass: false,
      message:
        "With `--profile example_1`, `aws` uses the access key `AKIAI44QH8DHBEXAMPLE` of `example_1` with a secret access key that is not that key's (a typo, or another key's secret).",
    });
    const unknownKey = makeState({
      files: {
        ...files,
        '~/.aws/credentials':
          '[example_1]\naws_access_key_id = AKIAIOSFODNN7DELETED\naws_secret_access_key = nope\n',
      },
    });
    expect(await example1.run(unknownKey)).toEqual({
      pass: false,
      message:
        'With `--profile example_1`, `aws` uses the access key `AKIAIOSFODNN7DELETED`, which the account does not know: it was never issued, or it was deleted.',
    });
    const inactive = createGradeState({
      ...makeSnapshot({ files }),
      account: {
        ...structuredClone(defaultAccount),
        users: defaultAccount.users.map((u) =>
          u.userName === 'example_1'
            ? { ...u, accessKeys: u.accessKeys.map((k) => ({ ...k, status: 'Inactive' as const })) }
            : u,
        ),
      },
    });
    expect(await example1.run(inactive)).toEqual({
      pass: false,
      message:
        'With `--profile example_1`, `aws` uses the access key `AKIAI44QH8DHBEXAMPLE` of `example_1`, which is Inactive: AWS refuses it.',
    });
    const noKeys = makeState({ files: { '~/.aws/config': files['~/.aws/config'] } });
    expect(await example1.run(noKeys)).toEqual({
      pass: false,
      message: 'With `--profile example_1`, `aws` finds no credentials.',
    });
  });

  test('in the session, exported credentials win over the files', async () => {
    const session = effectiveConfig({
      id: 's',
      label: 's',
      expect: { identity: 'sample_user', credentialsSource: 'shared-credentials-file' },
    });
    const exported = makeState({
      files,
      exported: {
        AWS_ACCESS_KEY_ID: 'AKIAI44QH8DHBEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
      },
    });
    expect(await session.run(exported)).toEqual({
      pass: false,
      message: 'In your session (no `--profile`), `aws` acts as `example_1`; expected `sample_user`.',
    });
    // Unexported variables are invisible to the CLI.
    const unexported = makeState({ files, variables: { AWS_ACCESS_KEY_ID: 'AKIAI44QH8DHBEXAMPLE' } });
    expect(await session.run(unexported)).toEqual({ pass: true });
  });

  test('AWS_PROFILE selects the profile; files-only ignores it', async () => {
    const state = makeState({ files, exported: { AWS_PROFILE: 'example_1' } });
    const session = effectiveConfig({
      id: 's',
      label: 's',
      expect: { identity: 'example_1', region: 'eu-west-3' },
    });
    expect(await session.run(state)).toEqual({ pass: true });
    const filesOnly = effectiveConfig({
      id: 'f',
      label: 'f',
      query: { env: 'files-only' },
      expect: { region: 'eu-west-3' },
    });
    expect(await filesOnly.run(state)).toEqual({
      pass: false,
      message:
        'For the default profile, the region is `eu-west-1` (from the config file); expected `eu-west-3`.',
    });
  });

  test('a missing output says not set', async () => {
    const check = effectiveConfig({
      id: 'o',
      label: 'o',
      query: { env: 'files-only' },
      expect: { output: 'json' },
    });
    expect(
      await check.run(makeState({ files: { '~/.aws/config': '[default]\nregion = eu-west-1\n' } })),
    ).toEqual({
      pass: false,
      message: 'For the default profile, the output is not set; expected `json`.',
    });
  });
});
