// Exercise 1: store the issued keys as the default profile with `aws configure` (any route that gives that state passes).
import { defineExercise, effectiveConfig, sampleUserKey } from '@/lib/grader';

const { accessKeyId, secretAccessKey } = sampleUserKey;

export default defineExercise({
  id: 'configure-default-profile',
  title: 'Configure the default profile',
  goal: `The lesson issued an access key to the IAM user \`sample_user\`:

| Access key ID | Secret access key |
| --- | --- |
| \`${accessKeyId}\` | \`${secretAccessKey}\` |

Store it as your **default profile** with \`aws configure\`, with the region \`eu-west-1\` and the output
format \`json\`. (\`aws configure set\` or editing the two files by hand works too.)`,
  setup: {},
  checks: [
    effectiveConfig({
      id: 'credentials',
      label: 'The default profile holds the issued access key pair',
      query: { env: 'files-only' },
      expect: { identity: 'sample_user' },
    }),
    effectiveConfig({
      id: 'region',
      label: 'The default profile uses the region eu-west-1',
      query: { env: 'files-only' },
      expect: { region: 'eu-west-1' },
    }),
    effectiveConfig({
      id: 'output',
      label: 'The default profile prints json',
      query: { env: 'files-only' },
      expect: { output: 'json' },
    }),
  ],
  hints: [
    'Run `aws configure` with no options: it asks four questions and writes the default profile.',
    'Answer the prompts in order: the access key ID, the secret access key, `eu-west-1`, `json`. Then check with `aws configure list`.',
    `Type \`aws configure\`, then \`${accessKeyId}\`, \`${secretAccessKey}\`, \`eu-west-1\` and \`json\`, pressing Enter after each.`,
  ],
  solution: `aws configure
${accessKeyId}
${secretAccessKey}
eu-west-1
json
`,
  wrongAttempts: [
    {
      name: 'the other region from the seed page',
      script: `aws configure\n${accessKeyId}\n${secretAccessKey}\neu-west-2\njson\n`,
      failsCheck: 'region',
      message:
        'For the default profile, the region is `eu-west-2` (from the config file); expected `eu-west-1`.',
    },
    {
      name: 'key ID and secret swapped',
      script: `aws configure\n${secretAccessKey}\n${accessKeyId}\neu-west-1\njson\n`,
      failsCheck: 'credentials',
      message: 'not a key pair the lesson issued (or its secret does not match).',
    },
    {
      name: 'a named profile instead of the default one',
      script: `aws configure --profile sample_user\n${accessKeyId}\n${secretAccessKey}\neu-west-1\njson\n`,
      failsCheck: 'credentials',
      message: 'For the default profile, `aws` finds no credentials.',
    },
    {
      name: 'output left empty',
      script: `aws configure set aws_access_key_id ${accessKeyId}\naws configure set aws_secret_access_key ${secretAccessKey}\naws configure set region eu-west-1\n`,
      failsCheck: 'output',
      message: 'For the default profile, the output is not set; expected `json`.',
    },
  ],
});
