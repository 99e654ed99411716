// Exercise 1: store the issued keys as the default profile with `aws configure` (any route that gives that state passes).
import { defineExercise, effectiveConfig, sampleUserKey } from '@/lib/grader';

const { accessKeyId, secretAccessKey } = sampleUserKey;
const credentials = `[default]\naws_access_key_id = ${accessKeyId}\naws_secret_access_key = ${secretAccessKey}\n`;
const write = (path: string, text: string) => `mkdir -p ~/.aws\ncat > ${path} <<'EOF'\n${text}EOF\n`;
const setAll = `aws configure set aws_access_key_id ${accessKeyId}\naws configure set aws_secret_access_key ${secretAccessKey}\naws configure set region eu-west-1\naws configure set output json\n`;

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
  // Each route was run in real bash 5.2 with the real AWS CLI 2.9.19 in a throwaway HOME (docs/grader-cases.md).
  alternatives: [
    { name: 'aws configure set, four times', script: setAll },
    {
      name: 'both files written by hand',
      script:
        write('~/.aws/credentials', credentials) +
        write('~/.aws/config', '[default]\nregion = eu-west-1\noutput = json\n'),
    },
    {
      name: 'the answers piped into aws configure',
      script: `printf '%s\\n' ${accessKeyId} ${secretAccessKey} eu-west-1 json | aws configure\n`,
    },
    {
      name: 'dotted names with the default. prefix',
      script: `aws configure set default.aws_access_key_id ${accessKeyId}\naws configure set default.aws_secret_access_key ${secretAccessKey}\naws configure set default.region eu-west-1\naws configure set default.output json\n`,
    },
    {
      name: 'aws configure --profile default, values from variables',
      script: `k=${accessKeyId}\naws configure --profile default\n${accessKeyId}\n${secretAccessKey}\neu-west-1\njson\naws configure set aws_access_key_id "$k"\n`,
    },
    {
      name: 'uppercase keys and colons: the CLI lower-cases keys and accepts `:`',
      script:
        write(
          '~/.aws/credentials',
          `[default]\nAWS_ACCESS_KEY_ID: ${accessKeyId}\nAWS_Secret_Access_Key = ${secretAccessKey}\n`,
        ) + write('~/.aws/config', '[default]\nRegion: eu-west-1\nOUTPUT = json\n'),
    },
    {
      name: 'region and output under [profile default] in the config file',
      script:
        write('~/.aws/credentials', credentials) +
        write('~/.aws/config', '[profile default]\nregion = eu-west-1\noutput = json\n'),
    },
    {
      name: 'everything in the credentials file (the CLI reads settings there too)',
      script: write('~/.aws/credentials', `${credentials}region = eu-west-1\noutput = json\n`),
    },
    {
      name: 'a shell function around configure set',
      script: `cfg() { aws configure set "$1" "$2"; }\ncfg aws_access_key_id ${accessKeyId}\ncfg aws_secret_access_key ${secretAccessKey}\ncfg region eu-west-1\ncfg output json\n`,
    },
  ],
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
    {
      name: 'a comment after the region on the same line',
      script:
        write('~/.aws/credentials', credentials) +
        write('~/.aws/config', '[default]\nregion = eu-west-1 # Ireland\noutput = json\n'),
      failsCheck: 'region',
      message:
        'For the default profile, the region is `eu-west-1 # Ireland` (from the config file); expected `eu-west-1`.',
    },
    {
      name: '[Default] with a capital D',
      script:
        write('~/.aws/credentials', credentials.replace('[default]', '[Default]')) +
        'aws configure set region eu-west-1\naws configure set output json\n',
      failsCheck: 'credentials',
      message: 'For the default profile, `aws` finds no credentials.',
    },
    {
      name: 'the keys exported instead of stored',
      script: `export AWS_ACCESS_KEY_ID=${accessKeyId}\nexport AWS_SECRET_ACCESS_KEY=${secretAccessKey}\naws configure set region eu-west-1\naws configure set output json\n`,
      failsCheck: 'credentials',
      message: 'For the default profile, `aws` finds no credentials.',
    },
    {
      name: 'the [default] block pasted twice',
      script: `${setAll}cat >> ~/.aws/credentials <<'EOF'\n${credentials}EOF\n`,
      failsCheck: 'credentials',
      message:
        'For the default profile, `aws` stops: Unable to parse config file: /home/learner/.aws/credentials.',
    },
    {
      name: 'the keys set in a branch that never runs',
      script: `if false; then\n  aws configure set aws_access_key_id ${accessKeyId}\n  aws configure set aws_secret_access_key ${secretAccessKey}\nfi\naws configure set region eu-west-1\naws configure set output json\n`,
      failsCheck: 'credentials',
      message: 'For the default profile, `aws` finds no credentials.',
    },
  ],
});
