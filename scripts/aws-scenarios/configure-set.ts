// Scenarios: `aws configure set` (which file, bytes written, modes).
import { CONFIG_DEFAULT, KEY1, KEY2, SECRET1, homeWithDefault, type ScenarioArea } from './types';

const set = (...args: string[]) => ({ args: ['configure', 'set', ...args] });

export const configureSetArea: ScenarioArea = {
  area: 'configure-set',
  scenarios: [
    {
      name: 'region-fresh-home',
      description: 'Creates ~/.aws and config only.',
      steps: [set('region', 'us-east-1')],
    },
    {
      name: 'access-key-fresh-home',
      description: 'Credential keys go to the credentials file.',
      steps: [set('aws_access_key_id', KEY1), set('aws_secret_access_key', SECRET1)],
    },
    {
      name: 'session-token-goes-to-credentials',
      description: 'aws_session_token is a credentials-file key too.',
      steps: [set('aws_session_token', 'FwoGZXIvYXdzEXAMPLETOKEN')],
    },
    {
      name: 'existing-key-updated',
      description: 'Setting an existing key rewrites that line in place.',
      files: homeWithDefault,
      steps: [set('region', 'eu-west-1')],
    },
    {
      name: 'same-value-no-rewrite',
      description: 'Setting the value a file already has keeps bytes and mode.',
      files: { '.aws/config': { content: '[default]\nregion=us-east-1\n', mode: 0o644 } },
      steps: [set('region', 'us-east-1')],
    },
    {
      name: 'profile-option-new',
      description: '`--profile dev` appends [profile dev] to config.',
      files: homeWithDefault,
      steps: [
        set('region', 'eu-west-1', '--profile', 'dev'),
        set('aws_access_key_id', KEY2, '--profile', 'dev'),
      ],
    },
    {
      name: 'dotted-profile-name',
      description: '`profile.dev.region` writes to [profile dev].',
      files: homeWithDefault,
      steps: [set('profile.dev.region', 'eu-west-1'), set('profile.dev.aws_access_key_id', KEY2)],
    },
    {
      name: 'dotted-default',
      description: '`default.region` writes to [default].',
      steps: [set('default.region', 'ca-central-1')],
    },
    {
      name: 'dotted-unknown-prefix',
      description: '`dev.region` (no profile./default. prefix) is a nested key in the current profile.',
      steps: [set('dev.region', 'eu-west-1')],
    },
    {
      name: 'aws-profile-env',
      description: 'AWS_PROFILE decides which profile set writes to.',
      env: { AWS_PROFILE: 'dev' },
      steps: [set('output', 'table')],
    },
    {
      name: 'comments-kept',
      description: 'Comments and blank lines survive.',
      files: {
        '.aws/config': {
          content: '# top\n[default]\n; about region\nregion = us-east-1\n\n[profile x]\noutput = text\n',
          mode: 0o600,
        },
      },
      steps: [set('region', 'us-west-1'), set('output', 'json')],
    },
    {
      name: 'value-with-spaces',
      description: 'A value containing spaces is written as given.',
      steps: [set('cli_pager', 'less -R')],
    },
    {
      name: 'empty-value',
      description: 'Setting an empty value.',
      files: homeWithDefault,
      steps: [set('region', '')],
    },
    {
      name: 'existing-file-mode-kept',
      description: 'An existing 0644 config keeps its mode when changed.',
      files: { '.aws/config': { content: CONFIG_DEFAULT, mode: 0o644 } },
      steps: [set('output', 'yaml')],
    },
    {
      name: 'file-without-trailing-newline',
      description: 'Appending a key to a section at the end of a file without newline.',
      files: { '.aws/config': { content: '[default]\nregion = us-east-1', mode: 0o600 } },
      steps: [set('output', 'json'), set('region', 'eu-west-1', '--profile', 'b')],
    },
    {
      name: 'nested-s3-setting',
      description: '`default.s3.max_concurrent_requests` writes a nested block.',
      files: homeWithDefault,
      steps: [set('default.s3.max_concurrent_requests', '20')],
    },
    {
      name: 'config-file-env',
      description: 'AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE redirect set.',
      env: {
        AWS_CONFIG_FILE: '/home/learner/c/config',
        AWS_SHARED_CREDENTIALS_FILE: '/home/learner/c/creds',
      },
      steps: [set('region', 'us-east-1'), set('aws_access_key_id', KEY1)],
    },
    {
      name: 'profile-default-explicit',
      description: '`--profile default` writes [default].',
      steps: [set('region', 'us-east-1', '--profile', 'default')],
    },
    {
      name: 'set-then-get-then-list',
      description: 'A sequence: set keys and region, then get and list.',
      steps: [
        set('aws_access_key_id', KEY1),
        set('aws_secret_access_key', SECRET1),
        set('region', 'us-east-2'),
        { args: ['configure', 'get', 'region'] },
        { args: ['configure', 'list'] },
      ],
    },
  ],
};
