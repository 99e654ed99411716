import { describe, expect, test } from 'vitest';
import { makeState } from '../testing/snapshot';
import { iniSection, iniValue } from './ini';

const credentialsSection = iniSection({
  id: 's',
  label: 's',
  path: '~/.aws/credentials',
  kind: 'credentials',
  profile: 'example_1',
});
const configSection = iniSection({
  id: 's',
  label: 's',
  path: '~/.aws/config',
  kind: 'config',
  profile: 'example_1',
});

describe('iniSection', () => {
  test('credentials use `[name]`, config uses `[profile name]`', async () => {
    const state = makeState({
      files: { '~/.aws/credentials': '[example_1]\n', '~/.aws/config': '[profile example_1]\n' },
    });
    expect(await credentialsSection.run(state)).toEqual({ pass: true });
    expect(await configSection.run(state)).toEqual({ pass: true });
  });

  // Decided with the real CLI 2.9.19: `aws configure get region --profile example_1` finds each of these.
  test.each([
    '[profile  example_1]',
    '[profile "example_1"]',
    "[profile 'example_1']",
    '[profile\texample_1]',
  ])('the config header %s is the profile example_1, as the CLI reads it', async (header) => {
    const state = makeState({ files: { '~/.aws/config': `${header}\nregion = eu-west-3\n` } });
    expect(await configSection.run(state)).toEqual({ pass: true });
  });

  test('[profile example_1]] is the profile `example_1]` to the CLI, not example_1', async () => {
    const state = makeState({ files: { '~/.aws/config': '[profile example_1]]\nregion = eu-west-3\n' } });
    expect(await configSection.run(state)).toMatchObject({ pass: false });
  });

  test('when two headers name one profile, the values come from the last (botocore replaces)', async () => {
    const state = makeState({
      files: {
        '~/.aws/config':
          '[profile example_1]\nregion = eu-west-1\n[profile  example_1]\nregion = eu-west-3\n',
      },
    });
    const region = iniValue({
      id: 'r',
      label: 'r',
      path: '~/.aws/config',
      kind: 'config',
      profile: 'example_1',
      key: 'region',
      expected: 'eu-west-3',
    });
    expect(await region.run(state)).toEqual({ pass: true });
  });

  test('the profile prefix in the credentials file has its own message', async () => {
    const state = makeState({
      files: { '~/.aws/credentials': '[profile example_1]\naws_access_key_id = A\n' },
    });
    expect(await credentialsSection.run(state)).toEqual({
      pass: false,
      message:
        '`~/.aws/credentials` has `[profile example_1]`; in this file the header is `[example_1]` (the `profile` prefix belongs only in `~/.aws/config`).',
    });
  });

  test('a missing prefix in the config file has its own message', async () => {
    const state = makeState({ files: { '~/.aws/config': '[example_1]\nregion = eu-west-3\n' } });
    expect(await configSection.run(state)).toEqual({
      pass: false,
      message:
        "`~/.aws/config` has `[example_1]`; in this file a named profile's header is `[profile example_1]`.",
    });
  });

  test('default needs no prefix in either file', async () => {
    const state = makeState({ files: { '~/.aws/config': '[default]\nregion = eu-west-1\n' } });
    const check = iniSection({
      id: 'd',
      label: 'd',
      path: '~/.aws/config',
      kind: 'config',
      profile: 'default',
    });
    expect(await check.run(state)).toEqual({ pass: true });
  });

  test('a near miss in the name, a missing section and a missing file', async () => {
    const near = makeState({ files: { '~/.aws/credentials': '[example-1]\n' } });
    expect(await credentialsSection.run(near)).toEqual({
      pass: false,
      message:
        '`~/.aws/credentials` has `[example-1]` but no `[example_1]`: profile names must match exactly.',
    });
    const other = makeState({ files: { '~/.aws/credentials': '[default]\n' } });
    expect(await credentialsSection.run(other)).toEqual({
      pass: false,
      message: '`~/.aws/credentials` has no `[example_1]` section yet.',
    });
    expect(await credentialsSection.run(makeState())).toEqual({
      pass: false,
      message: '`~/.aws/credentials` does not exist yet.',
    });
  });

  test('a file the CLI cannot parse is reported as such', async () => {
    const state = makeState({ files: { '~/.aws/credentials': 'aws_access_key_id = A\n[example_1]\n' } });
    const outcome = await credentialsSection.run(state);
    expect(outcome.pass).toBe(false);
    expect((outcome as { message: string }).message).toMatch(/^The CLI cannot read `~\/.aws\/credentials`: /);
  });
});

describe('iniValue', () => {
  const region = iniValue({
    id: 'r',
    label: 'r',
    path: '~/.aws/config',
    kind: 'config',
    profile: 'example_1',
    key: 'region',
    expected: 'eu-west-3',
  });

  test('passes on the expected value, with spaces around = or not', async () => {
    for (const line of ['region = eu-west-3', 'region=eu-west-3', 'region   =   eu-west-3  ']) {
      const state = makeState({ files: { '~/.aws/config': `[profile example_1]\n${line}\n` } });
      expect(await region.run(state)).toEqual({ pass: true });
    }
  });

  test('a wrong, empty or missing value is named', async () => {
    const wrong = makeState({ files: { '~/.aws/config': '[profile example_1]\nregion = eu-west-1\n' } });
    expect(await region.run(wrong)).toEqual({
      pass: false,
      message:
        '`region` under `[profile example_1]` in `~/.aws/config` is `eu-west-1`; expected `eu-west-3`.',
    });
    const empty = makeState({ files: { '~/.aws/config': '[profile example_1]\nregion =\n' } });
    expect(await region.run(empty)).toEqual({
      pass: false,
      message: '`region` under `[profile example_1]` in `~/.aws/config` is empty; expected `eu-west-3`.',
    });
    const missing = makeState({ files: { '~/.aws/config': '[profile example_1]\noutput = text\n' } });
    expect(await region.run(missing)).toEqual({
      pass: false,
      message: '`[profile example_1]` in `~/.aws/config` has no `region` yet.',
    });
  });

  test('an upper-case key counts: the CLI lower-cases keys', async () => {
    const state = makeState({ files: { '~/.aws/config': '[profile example_1]\nREGION = eu-west-3\n' } });
    expect(await region.run(state)).toEqual({ pass: true });
  });

  test('section traps come first, and secrets are never printed', async () => {
    const trap = makeState({ files: { '~/.aws/config': '[example_1]\nregion = eu-west-3\n' } });
    expect((await region.run(trap)) as { message: string }).toMatchObject({
      message: expect.stringContaining('header is `[profile example_1]`'),
    });
    const secret = iniValue({
      id: 'k',
      label: 'k',
      path: '~/.aws/credentials',
      kind: 'credentials',
      profile: 'default',
      key: 'aws_secret_access_key',
      expected: 'RIGHT',
      secret: true,
    });
    const state = makeState({
      files: { '~/.aws/credentials': '[default]\naws_secret_access_key = WRONGSECRET\n' },
    });
    const outcome = await secret.run(state);
    expect(outcome).toEqual({
      pass: false,
      message:
        '`aws_secret_access_key` under `[default]` in `~/.aws/credentials` does not match the one issued.',
    });
  });
});
