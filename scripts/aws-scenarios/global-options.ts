// Scenarios: where and how global options are written (order, --opt=value, empty and case-sensitive names).
import { homeWithDefault, homeWithTwo, type ScenarioArea } from './types';

const gci = (...args: string[]) => ({ args: ['sts', 'get-caller-identity', ...args] });

export const globalOptionsArea: ScenarioArea = {
  area: 'global-options',
  scenarios: [
    {
      name: 'profile-before-command',
      description: '`aws --profile example sts get-caller-identity`: global options may come first.',
      files: homeWithTwo,
      stub: true,
      steps: [{ args: ['--profile', 'example', 'sts', 'get-caller-identity'] }],
    },
    {
      name: 'profile-equals-syntax',
      description: '`--profile=example` is accepted like `--profile example`.',
      files: homeWithTwo,
      stub: true,
      steps: [gci('--profile=example'), { args: ['configure', 'get', 'region', '--profile=example'] }],
    },
    {
      name: 'output-before-command',
      description: '`aws --output text configure list` (configure list ignores the format).',
      files: homeWithDefault,
      steps: [{ args: ['--output', 'text', 'configure', 'list'] }],
    },
    {
      name: 'output-equals-syntax',
      description: '`--output=yaml --query=Account`.',
      files: homeWithDefault,
      stub: true,
      steps: [gci('--output=yaml', '--query=Account')],
    },
    {
      name: 'empty-profile-option',
      description: '`--profile ""`.',
      files: homeWithDefault,
      stub: true,
      steps: [{ args: ['configure', 'list', '--profile', ''] }, gci('--profile', '')],
    },
    {
      name: 'profile-name-case-sensitive',
      description: 'Profile names are case-sensitive: Example is not example.',
      files: homeWithTwo,
      stub: true,
      env: { AWS_PROFILE: 'Example' },
      steps: [{ args: ['configure', 'list'] }, gci()],
    },
    {
      name: 'profile-given-twice',
      description: '`--profile default --profile example`: the last one wins?',
      files: homeWithTwo,
      stub: true,
      steps: [gci('--profile', 'default', '--profile', 'example')],
    },
    {
      name: 'query-scalar-text-and-yaml',
      description: 'A scalar --query in text and yaml output.',
      files: homeWithDefault,
      stub: true,
      steps: [gci('--query', 'Account', '--output', 'text'), gci('--query', 'UserId', '--output', 'yaml')],
    },
    {
      name: 'query-object-projection',
      description: '`--query {id: Account, who: Arn}` in json and table.',
      files: homeWithDefault,
      stub: true,
      steps: [
        gci('--query', '{id: Account, who: Arn}'),
        gci('--query', '{id: Account, who: Arn}', '--output', 'table'),
      ],
    },
    {
      name: 's3-ls-region-option',
      description: '`aws s3 ls --region eu-west-1` lists the same buckets.',
      files: homeWithDefault,
      stub: true,
      steps: [{ args: ['s3', 'ls', '--region', 'eu-west-1'] }],
    },
    {
      name: 'no-cli-pager-configure-list',
      description: '`--no-cli-pager` on configure list.',
      files: homeWithDefault,
      steps: [{ args: ['configure', 'list', '--no-cli-pager'] }],
    },
    {
      name: 'profile-name-with-dot-set',
      description: '`configure set region x --profile my.dev` then get it back.',
      steps: [
        { args: ['configure', 'set', 'region', 'eu-west-1', '--profile', 'my.dev'] },
        { args: ['configure', 'get', 'region', '--profile', 'my.dev'] },
        { args: ['configure', 'list-profiles'] },
      ],
    },
    {
      name: 'export-credentials-aws-profile',
      description: 'export-credentials follows AWS_PROFILE.',
      files: homeWithTwo,
      env: { AWS_PROFILE: 'example' },
      steps: [{ args: ['configure', 'export-credentials', '--format', 'env-no-export'] }],
    },
    {
      name: 'interactive-profile-only-in-credentials',
      description: '`aws configure --profile ci` for a profile that is only in the credentials file.',
      files: {
        '.aws/credentials': {
          content:
            '[ci]\naws_access_key_id = AKIAI44QH8DHBEXAMPLE\naws_secret_access_key = je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY\n',
          mode: 0o600,
        },
      },
      steps: [{ args: ['configure', '--profile', 'ci'], stdin: '\n\neu-west-1\n\n' }],
    },
    {
      name: 'interactive-eof-existing-profile',
      description: 'EOF while re-configuring an existing profile leaves the files as they were.',
      files: homeWithDefault,
      steps: [{ args: ['configure'], stdin: 'AKIAI44QH8DHBEXAMPLE\n' }],
    },
  ],
};
