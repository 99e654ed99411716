// resolveConfiguration: the effective settings with their sources, errors as values.
import { describe, expect, test } from 'vitest';
import { resolveConfiguration } from './resolve-configuration';
import { MemoryFileSystem } from './testing/memory-fs';
import { HOME, SAMPLE_KEYS } from './testing/run';

async function home(files: Record<string, string>) {
  const fs = new MemoryFileSystem();
  await fs.seed(HOME, Object.fromEntries(Object.entries(files).map(([p, content]) => [p, { content }])));
  return fs;
}

const CREDENTIALS = `[default]\naws_access_key_id = ${SAMPLE_KEYS.AWS_ACCESS_KEY_ID}\naws_secret_access_key = ${SAMPLE_KEYS.AWS_SECRET_ACCESS_KEY}\n[dev]\naws_access_key_id = AKIAI44QH8DHBEXAMPLE\naws_secret_access_key = s\n`;

describe('resolveConfiguration', () => {
  test('file credentials and config region with their sources', async () => {
    const fs = await home({
      '.aws/credentials': CREDENTIALS,
      '.aws/config': '[default]\nregion = eu-west-1\n',
    });
    const resolved = await resolveConfiguration({ env: { HOME }, fs });
    expect(resolved).toMatchObject({
      profile: { value: 'default', source: 'default' },
      accessKey: { value: SAMPLE_KEYS.AWS_ACCESS_KEY_ID, source: 'shared-credentials-file' },
      region: { value: 'eu-west-1', source: 'config-file', location: '~/.aws/config' },
      output: { value: 'json', source: 'default' },
      configFile: '/home/learner/.aws/config',
      error: null,
    });
  });

  test('environment keys win over the files, but an explicit --profile ignores them', async () => {
    const fs = await home({ '.aws/credentials': CREDENTIALS });
    const env = { HOME, AWS_ACCESS_KEY_ID: 'AKIAENV', AWS_SECRET_ACCESS_KEY: 'x' };
    expect((await resolveConfiguration({ env, fs })).accessKey).toMatchObject({
      value: 'AKIAENV',
      source: 'env',
    });
    const withOption = await resolveConfiguration({ env, fs, profileOption: 'dev' });
    expect(withOption.accessKey).toMatchObject({
      value: 'AKIAI44QH8DHBEXAMPLE',
      source: 'shared-credentials-file',
    });
    const withVariable = await resolveConfiguration({ env: { ...env, AWS_PROFILE: 'dev' }, fs });
    expect(withVariable.accessKey).toMatchObject({ value: 'AKIAENV', source: 'env' });
  });

  test('a missing profile and partial credentials are reported, not thrown', async () => {
    const fs = await home({ '.aws/credentials': CREDENTIALS });
    expect((await resolveConfiguration({ env: { HOME, AWS_PROFILE: 'nope' }, fs })).error).toEqual({
      message: 'The config profile (nope) could not be found',
      exitCode: 255,
    });
    expect(
      (await resolveConfiguration({ env: { HOME, AWS_ACCESS_KEY_ID: 'AKIA' }, fs })).error?.message,
    ).toBe('Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY');
  });

  test('AWS_REGION beats AWS_DEFAULT_REGION, and AWS_CONFIG_FILE with ~ is expanded', async () => {
    const fs = await home({ 'other/config': '[default]\noutput = table\n' });
    const resolved = await resolveConfiguration({
      env: {
        HOME,
        AWS_REGION: 'us-west-2',
        AWS_DEFAULT_REGION: 'eu-west-1',
        AWS_CONFIG_FILE: '~/other/config',
      },
      fs,
    });
    expect(resolved.region).toMatchObject({ value: 'us-west-2', location: 'AWS_REGION' });
    expect(resolved.output).toMatchObject({ value: 'table', source: 'config-file' });
    expect(resolved.configFile).toBe('/home/learner/other/config');
  });

  test('an unparsable file is reported with the path the CLI prints', async () => {
    const fs = await home({ '.aws/credentials': 'aws_access_key_id = x\n' });
    expect((await resolveConfiguration({ env: { HOME }, fs })).error).toEqual({
      message: 'Unable to parse config file: /home/learner/.aws/credentials',
      exitCode: 255,
    });
  });
});
