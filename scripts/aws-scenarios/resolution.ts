// Scenarios: subtle credential, region and output resolution across files, env and options.
import {
  CREDS_DEFAULT,
  KEY1,
  KEY2,
  SECRET1,
  SECRET2,
  homeWithDefault,
  homeWithTwo,
  type ScenarioArea,
} from './types';

const gci = (...args: string[]) => ({ args: ['sts', 'get-caller-identity', ...args] });
const list = (...args: string[]) => ({ args: ['configure', 'list', ...args] });

export const resolutionArea: ScenarioArea = {
  area: 'resolution',
  scenarios: [
    {
      name: 'profile-only-in-credentials',
      description:
        'A profile that exists only in the credentials file is usable (output falls back to json).',
      files: {
        '.aws/credentials': {
          content: `${CREDS_DEFAULT}[ci]\naws_access_key_id = ${KEY2}\naws_secret_access_key = ${SECRET2}\n`,
          mode: 0o600,
        },
        '.aws/config': { content: '[default]\nregion = us-east-1\noutput = text\n', mode: 0o600 },
      },
      stub: true,
      stubGlobalRegion: true,
      steps: [list('--profile', 'ci'), gci('--profile', 'ci')],
    },
    {
      name: 'profile-only-in-config',
      description: 'A profile that exists only in config (no keys): no credentials for it.',
      files: {
        '.aws/credentials': { content: CREDS_DEFAULT, mode: 0o600 },
        '.aws/config': {
          content: '[default]\nregion = us-east-1\n[profile dev]\nregion = eu-west-1\n',
          mode: 0o600,
        },
      },
      stub: true,
      steps: [list('--profile', 'dev'), gci('--profile', 'dev')],
    },
    {
      name: 'default-and-profile-default-both',
      description: 'Config has both [default] and [profile default]: which region wins?',
      files: {
        '.aws/credentials': { content: CREDS_DEFAULT, mode: 0o600 },
        '.aws/config': {
          content: '[default]\nregion = us-east-1\n[profile default]\nregion = eu-west-1\n',
          mode: 0o600,
        },
      },
      steps: [list(), { args: ['configure', 'get', 'region'] }],
    },
    {
      name: 'region-in-credentials-file',
      description: 'A region written in the credentials file.',
      files: { '.aws/credentials': { content: `${CREDS_DEFAULT}region = eu-west-2\n`, mode: 0o600 } },
      steps: [list(), { args: ['configure', 'get', 'region'] }],
    },
    {
      name: 'output-invalid-in-env',
      description: 'AWS_DEFAULT_OUTPUT=xml (not a valid format).',
      files: homeWithDefault,
      stub: true,
      env: { AWS_DEFAULT_OUTPUT: 'xml' },
      steps: [gci()],
    },
    {
      name: 'output-invalid-in-config',
      description: 'output = xml in the config file.',
      files: {
        '.aws/credentials': { content: CREDS_DEFAULT, mode: 0o600 },
        '.aws/config': { content: '[default]\nregion = us-east-1\noutput = xml\n', mode: 0o600 },
      },
      stub: true,
      steps: [gci()],
    },
    {
      name: 'output-table-env',
      description: 'AWS_DEFAULT_OUTPUT=table.',
      files: homeWithDefault,
      stub: true,
      env: { AWS_DEFAULT_OUTPUT: 'table' },
      steps: [gci()],
    },
    {
      name: 'empty-shared-credentials-file-env',
      description: 'AWS_SHARED_CREDENTIALS_FILE set to an empty string.',
      files: homeWithDefault,
      env: { AWS_SHARED_CREDENTIALS_FILE: '' },
      steps: [list()],
    },
    {
      name: 'config-file-env-is-directory',
      description: 'AWS_CONFIG_FILE pointing at a directory.',
      files: homeWithDefault,
      env: { AWS_CONFIG_FILE: '/home/learner/.aws' },
      steps: [list()],
    },
    {
      name: 'session-token-only-env',
      description: 'AWS_SESSION_TOKEN alone in env, keys from the file.',
      files: homeWithDefault,
      stub: true,
      env: { AWS_SESSION_TOKEN: 'FwoGZXIvYXdzEXAMPLETOKEN' },
      steps: [list(), gci()],
    },
    {
      name: 'session-token-in-file',
      description: 'aws_session_token in the credentials file is sent with the request.',
      files: {
        '.aws/credentials': {
          content: `${CREDS_DEFAULT}aws_session_token = FwoGZXIvYXdzEXAMPLETOKEN\n`,
          mode: 0o600,
        },
        '.aws/config': { content: '[default]\nregion = us-east-1\n', mode: 0o600 },
      },
      stub: true,
      steps: [gci()],
    },
    {
      name: 'region-option-for-request',
      description: '`--region` on a request overrides the configured region (same identity).',
      files: homeWithDefault,
      stub: true,
      steps: [gci('--region', 'ap-northeast-1')],
    },
    {
      name: 'profile-option-and-aws-profile',
      description: '`--profile` beats AWS_PROFILE.',
      files: homeWithTwo,
      stub: true,
      env: { AWS_PROFILE: 'default' },
      steps: [list('--profile', 'example'), gci('--profile', 'example')],
    },
    {
      name: 'profile-option-missing-value',
      description: '`aws configure --profile` without a name.',
      steps: [{ args: ['configure', '--profile'] }],
    },
    {
      name: 'request-extra-argument',
      description: 'An extra positional word after get-caller-identity.',
      files: homeWithDefault,
      steps: [gci('now')],
    },
    {
      name: 'env-keys-and-profile-keys-mixed',
      description: 'Env key id with the file secret does not mix: partial env wins and fails.',
      files: homeWithDefault,
      env: { AWS_ACCESS_KEY_ID: KEY1 },
      steps: [list(), gci()],
    },
    {
      name: 's3-ls-named-profile',
      description: "`aws s3 ls --profile example` lists example_1's buckets.",
      files: homeWithTwo,
      stub: true,
      steps: [{ args: ['s3', 'ls', '--profile', 'example'] }],
    },
    {
      name: 'configure-shows-file-values-despite-env',
      description: '`aws configure` shows the file values even when env credentials are set.',
      files: homeWithDefault,
      env: { AWS_ACCESS_KEY_ID: KEY2, AWS_SECRET_ACCESS_KEY: SECRET2, AWS_DEFAULT_REGION: 'eu-west-3' },
      steps: [{ args: ['configure'], stdin: '\n\n\n\n' }],
    },
    {
      name: 'configure-then-request',
      description: 'The lesson path: configure interactively, then get-caller-identity.',
      stub: true,
      steps: [
        { args: ['configure'], stdin: `${KEY1}\n${SECRET1}\nus-east-1\njson\n` },
        gci(),
        { args: ['s3', 'ls'] },
      ],
    },
    {
      name: 'set-when-only-profile-default-exists',
      description:
        '`configure set region` when config has only `[profile default]`: which section is updated?',
      files: { '.aws/config': { content: '[profile default]\nregion = eu-west-1\n', mode: 0o600 } },
      steps: [
        { args: ['configure', 'get', 'region'] },
        { args: ['configure', 'set', 'region', 'us-west-2'] },
        { args: ['configure', 'get', 'region'] },
        list(),
      ],
    },
    {
      name: 'interactive-when-only-profile-default-exists',
      description: '`aws configure` when config has only `[profile default]`.',
      files: { '.aws/config': { content: '[profile default]\nregion = eu-west-1\n', mode: 0o600 } },
      steps: [{ args: ['configure'], stdin: `${KEY1}\n${SECRET1}\nus-west-2\n\n` }],
    },
    {
      name: 'dot-aws-is-a-file',
      description: '`~/.aws` is a regular file: list, then configure set and interactive configure.',
      files: { '.aws': { content: 'not a directory\n' } },
      steps: [
        list(),
        { args: ['configure', 'set', 'region', 'us-east-1'] },
        { args: ['configure'], stdin: `${KEY1}\n${SECRET1}\n\n\n` },
      ],
    },
  ],
};
