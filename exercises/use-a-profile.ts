// Exercise 3: act as example_1 with `--profile`, then with an exported AWS_PROFILE, confirmed by sts get-caller-identity.
import {
  configFileText,
  credentialsFileText,
  defineExercise,
  effectiveConfig,
  example1Key,
  exportedVariable,
  isAwsCommand,
  optionValue,
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
      matches: (s) =>
        isAwsCommand(s, 'sts', 'get-caller-identity') && optionValue(s, '--profile') === 'example_1',
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
      matches: (s) =>
        isAwsCommand(s, 'sts', 'get-caller-identity') && optionValue(s, '--profile') === undefined,
      whileExported: { AWS_PROFILE: 'example_1' },
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
      message: 'Run `aws sts get-caller-identity --profile example_1` (nothing like it in your history yet).',
    },
    {
      name: 'confirmed only with `--profile`',
      script: `${callerIdentity} --profile example_1\nexport AWS_PROFILE=example_1\n`,
      failsCheck: 'confirmed',
      message: 'Run `aws sts get-caller-identity` (nothing like it in your history yet).',
    },
  ],
});
