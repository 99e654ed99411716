// Scenarios: `aws configure get`.
import { KEY1, envKey2, homeWithDefault, homeWithTwo, type ScenarioArea } from './types';

const get = (...args: string[]) => ({ args: ['configure', 'get', ...args] });

export const configureGetArea: ScenarioArea = {
  area: 'configure-get',
  scenarios: [
    {
      name: 'region',
      description: 'A plain name reads the default profile.',
      files: homeWithDefault,
      steps: [get('region')],
    },
    {
      name: 'access-key-from-credentials',
      description: 'Credential keys are read from the credentials file.',
      files: homeWithDefault,
      steps: [get('aws_access_key_id'), get('aws_secret_access_key')],
    },
    {
      name: 'missing-value',
      description: 'A value that is not set prints nothing, exit 1.',
      files: homeWithDefault,
      steps: [get('foo')],
    },
    { name: 'fresh-home', description: 'No files at all: exit 1.', steps: [get('region')] },
    {
      name: 'dotted-profile',
      description: '`profile.example.region` reads a named profile.',
      files: homeWithTwo,
      steps: [get('profile.example.region'), get('profile.example.aws_access_key_id')],
    },
    {
      name: 'dotted-default',
      description: '`default.region` reads the default profile.',
      files: homeWithTwo,
      steps: [get('default.region')],
    },
    {
      name: 'profile-option',
      description: '`--profile example region`.',
      files: homeWithTwo,
      steps: [get('region', '--profile', 'example')],
    },
    {
      name: 'aws-profile-env',
      description: 'AWS_PROFILE selects the profile for get.',
      files: homeWithTwo,
      env: { AWS_PROFILE: 'example' },
      steps: [get('region')],
    },
    {
      name: 'env-credentials-not-read',
      description: 'Does get report env credentials or only the files?',
      files: homeWithDefault,
      env: envKey2,
      steps: [get('aws_access_key_id')],
    },
    {
      name: 'env-credentials-no-files',
      description: 'Env credentials with no files.',
      env: envKey2,
      steps: [get('aws_access_key_id')],
    },
    {
      name: 'env-region-vs-file',
      description: 'Does get report AWS_DEFAULT_REGION or the file region?',
      files: homeWithDefault,
      env: { AWS_DEFAULT_REGION: 'ap-southeast-2' },
      steps: [get('region')],
    },
    {
      name: 'region-option',
      description: '`--region` with get region.',
      files: homeWithDefault,
      steps: [get('region', '--region', 'sa-east-1')],
    },
    {
      name: 'missing-profile',
      description: '`--profile nope region`.',
      files: homeWithDefault,
      steps: [get('region', '--profile', 'nope')],
    },
    {
      name: 'missing-profile-dotted',
      description: '`profile.nope.region`.',
      files: homeWithDefault,
      steps: [get('profile.nope.region')],
    },
    {
      name: 'missing-profile-env',
      description: 'AWS_PROFILE naming a missing profile.',
      files: homeWithDefault,
      env: { AWS_PROFILE: 'nope' },
      steps: [get('region')],
    },
    {
      name: 'key-in-config-file',
      description: 'A key written in config is found by get.',
      files: { '.aws/config': { content: `[default]\naws_access_key_id = ${KEY1}\n`, mode: 0o600 } },
      steps: [get('aws_access_key_id')],
    },
    {
      name: 'value-with-spaces',
      description: 'A value with inner spaces is printed as written.',
      files: {
        '.aws/config': { content: '[default]\ncli_pager = less -R  \nregion=  us-east-1\n', mode: 0o600 },
      },
      steps: [get('cli_pager'), get('region')],
    },
    {
      name: 'case-sensitive-name',
      description: 'Names are case-sensitive: REGION is not region.',
      files: homeWithDefault,
      steps: [get('REGION')],
    },
  ],
};
