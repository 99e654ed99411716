// Exercise 3: act as example_1 with `--profile`, then with an exported AWS_PROFILE, confirmed by sts get-caller-identity.
import {
  configFileText,
  credentialsFileText,
  defineExercise,
  effectiveConfig,
  example1Key,
  exportedVariable,
  awsOption,
  isAws,
  ranCommand,
  sampleUserKey,
} from '@/lib/grader';

const callerIdentity = 'aws sts get-caller-identity';

export default defineExercise({
  id: 'use-a-profile',
  title: 'Use a profile: --profile and AWS_PROFILE',
  goal: `Both profiles are configured: \`default\` (user \`sample_user\`) and \`example_1\`.
\`aws sts get-caller-identity\` prints who the CLI is acting as.

1. Run \`${callerIdentity}\` **as example_1 for one command**, with \`--profile\`.
2. Make \`example_1\` the profile **for the whole session** with the \`AWS_PROFILE\` variable, and confirm
   with \`${callerIdentity}\` without \`--profile\`.`,
  setup: {
    files: {
      '~/.aws/credentials': {
        content: credentialsFileText({ default: sampleUserKey, example_1: example1Key }),
        mode: 0o600,
      },
      '~/.aws/config': {
        content: configFileText({
          default: { region: 'eu-west-1', output: 'json' },
          example_1: { region: 'eu-west-3', output: 'text' },
        }),
        mode: 0o600,
      },
    },
  },
  checks: [
    ranCommand({
      id: 'profile-option',
      label: '`aws sts get-caller-identity --profile example_1` succeeded',
      display: `${callerIdentity} --profile example_1`,
      matches: (r) => isAws(r, 'sts', 'get-caller-identity') && awsOption(r, '--profile') === 'example_1',
      aws: { identity: 'example_1' },
    }),
    exportedVariable({
      id: 'aws-profile-exported',
      label: '`AWS_PROFILE` is exported with the value example_1',
      name: 'AWS_PROFILE',
      expected: 'example_1',
    }),
    effectiveConfig({
      id: 'session-identity',
      label: 'Without `--profile`, `aws` now acts as example_1 in eu-west-3',
      expect: { identity: 'example_1', region: 'eu-west-3' },
    }),
    ranCommand({
      id: 'confirmed',
      label: 'Confirmed with `aws sts get-caller-identity` (no `--profile`) while AWS_PROFILE was exported',
      display: callerIdentity,
      matches: (r) => isAws(r, 'sts', 'get-caller-identity') && awsOption(r, '--profile') === undefined,
      // What the program received and what aws made of it: exported keys would still beat AWS_PROFILE.
      whileExported: { AWS_PROFILE: 'example_1' },
      aws: { profile: 'example_1', identity: 'example_1' },
    }),
  ],
  hints: [
    '`--profile NAME` works on any `aws` command and lasts for that one command. An exported variable lasts for the session.',
    'A variable only reaches programs such as `aws` when it is exported: `export AWS_PROFILE=example_1`.',
    `Run \`${callerIdentity} --profile example_1\`, then \`export AWS_PROFILE=example_1\`, then \`${callerIdentity}\`.`,
  ],
  solution: `${callerIdentity} --profile example_1
export AWS_PROFILE=example_1
${callerIdentity}
`,
  // Each route below was run in real bash 5.2 with the real AWS CLI 2.9.19 (sts answered by the loopback
  // stub) in a throwaway HOME; see docs/grader-cases.md for what each class taught.
  alternatives: [
    {
      name: 'the profile from a variable',
      script: `${callerIdentity} --profile example_1\np=example_1\nexport AWS_PROFILE=$p\n${callerIdentity}\n`,
    },
    {
      name: '--profile before the service, and --profile=NAME',
      script: `aws --profile example_1 sts get-caller-identity\naws sts get-caller-identity --profile=example_1\nexport AWS_PROFILE=example_1\n${callerIdentity}\n`,
    },
    {
      name: 'export first, assign later',
      script: `${callerIdentity} --profile example_1\nexport AWS_PROFILE\nAWS_PROFILE=example_1\n${callerIdentity}\n`,
    },
    {
      name: 'set -a (allexport)',
      script: `${callerIdentity} --profile example_1\nset -a\nAWS_PROFILE=example_1\nset +a\n${callerIdentity}\n`,
    },
    {
      name: 'both calls inside a shell function',
      script: `whoami_aws() { ${callerIdentity} "$@"; }\nwhoami_aws --profile example_1\nexport AWS_PROFILE=example_1\nwhoami_aws\n`,
    },
    {
      name: 'the export in ~/.bashrc, sourced',
      script: `${callerIdentity} --profile example_1\necho 'export AWS_PROFILE=example_1' >> ~/.bashrc\nsource ~/.bashrc\n${callerIdentity}\n`,
    },
    {
      name: 'declare -x, confirmed through a pipe',
      script: `${callerIdentity} --profile example_1 | cat\ndeclare -x AWS_PROFILE=example_1\n${callerIdentity} | cat\n`,
    },
    {
      name: 'the confirmation with a --query and another output',
      script: `${callerIdentity} --profile example_1 --output text\nexport AWS_PROFILE=example_1\n${callerIdentity} --query Arn --output text\n`,
    },
  ],
  wrongAttempts: [
    {
      name: 'AWS_PROFILE set but not exported',
      script: `${callerIdentity} --profile example_1\nAWS_PROFILE=example_1\n${callerIdentity}\n`,
      failsCheck: 'aws-profile-exported',
      message:
        '`AWS_PROFILE` is set but not exported, so programs such as `aws` cannot see it: run `export AWS_PROFILE`.',
    },
    {
      name: 'a dash instead of an underscore in the profile name',
      script: `${callerIdentity} --profile example_1\nexport AWS_PROFILE=example-1\n${callerIdentity}\n`,
      failsCheck: 'aws-profile-exported',
      message: '`AWS_PROFILE` is `example-1`; expected `example_1`.',
    },
    {
      name: 'only the session variable, never `--profile`',
      script: `export AWS_PROFILE=example_1\n${callerIdentity}\n`,
      failsCheck: 'profile-option',
      message: 'Run `aws sts get-caller-identity --profile example_1` (it has not run yet).',
    },
    {
      name: 'confirmed only with `--profile`',
      script: `${callerIdentity} --profile example_1\nexport AWS_PROFILE=example_1\n`,
      failsCheck: 'confirmed',
      message: 'Run `aws sts get-caller-identity` (it has not run yet).',
    },
    {
      name: 'the export in a pipeline (a subshell: it does not reach the shell)',
      script: `${callerIdentity} --profile example_1\nexport AWS_PROFILE=example_1 | cat\n${callerIdentity}\n`,
      failsCheck: 'aws-profile-exported',
      message: '`AWS_PROFILE` is not set: `export AWS_PROFILE=...`.',
    },
    {
      name: 'the export in a branch that never runs',
      script: `${callerIdentity} --profile example_1\nif false; then export AWS_PROFILE=example_1; fi\n${callerIdentity}\n`,
      failsCheck: 'aws-profile-exported',
      message: '`AWS_PROFILE` is not set: `export AWS_PROFILE=...`.',
    },
    {
      name: 'the export only in a comment and an echo',
      script: `${callerIdentity} --profile example_1\n# export AWS_PROFILE=example_1\necho "export AWS_PROFILE=example_1"\n${callerIdentity}\n`,
      failsCheck: 'aws-profile-exported',
      message: '`AWS_PROFILE` is not set: `export AWS_PROFILE=...`.',
    },
    {
      name: '`--profile` only inside an echo',
      script: `echo ${callerIdentity} --profile example_1\nexport AWS_PROFILE=example_1\n${callerIdentity}\n`,
      failsCheck: 'profile-option',
      message: 'Run `aws sts get-caller-identity --profile example_1` (it has not run yet).',
    },
    {
      name: 'exported keys still beat AWS_PROFILE',
      script: `${callerIdentity} --profile example_1\nexport AWS_ACCESS_KEY_ID=$(aws configure get aws_access_key_id)\nexport AWS_SECRET_ACCESS_KEY=$(aws configure get aws_secret_access_key)\nexport AWS_PROFILE=example_1\n${callerIdentity}\n`,
      failsCheck: 'confirmed',
      message:
        '`aws sts get-caller-identity` ran as `sample_user` (credentials from environment variables); expected `example_1`. Exported `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY` beat `AWS_PROFILE`: `unset` them first.',
    },
    {
      name: 'exported and confirmed only inside a subshell',
      script: `${callerIdentity} --profile example_1\n(export AWS_PROFILE=example_1; ${callerIdentity})\n`,
      failsCheck: 'aws-profile-exported',
      message: '`AWS_PROFILE` is not set: `export AWS_PROFILE=...`.',
    },
  ],
});
