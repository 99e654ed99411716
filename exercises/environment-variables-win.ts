// Exercise 4: exported credentials win over the file (seen with `aws configure list`), then unset them.
import {
  configuredDefaultProfileFiles,
  defineExercise,
  effectiveConfig,
  example1Key,
  isAwsCommand,
  ranCommand,
  variableUnset,
} from '@/lib/grader';

const { accessKeyId, secretAccessKey } = example1Key;
const exports = `export AWS_ACCESS_KEY_ID=${accessKeyId}\nexport AWS_SECRET_ACCESS_KEY=${secretAccessKey}\n`;

export default defineExercise({
  id: 'environment-variables-win',
  title: 'Environment variables win over the files',
  goal: `The default profile in \`~/.aws/credentials\` belongs to \`sample_user\`. Without touching the file:

1. Export the keys of \`example_1\` (\`${accessKeyId}\` / \`${secretAccessKey}\`) as
   \`AWS_ACCESS_KEY_ID\` and \`AWS_SECRET_ACCESS_KEY\`.
2. Run \`aws configure list\` and see where the access key now comes from.
3. Remove both variables again with \`unset\`.`,
  setup: { files: configuredDefaultProfileFiles() },
  checks: [
    ranCommand({
      id: 'listed-with-env',
      label: '`aws configure list` ran while both variables were exported',
      display: 'aws configure list',
      matches: (s) => isAwsCommand(s, 'configure', 'list'),
      whileExported: { AWS_ACCESS_KEY_ID: true, AWS_SECRET_ACCESS_KEY: true },
    }),
    effectiveConfig({
      id: 'file-untouched',
      label: "`~/.aws/credentials` still holds sample_user's default keys",
      query: { env: 'files-only' },
      expect: { identity: 'sample_user', credentialsSource: 'shared-credentials-file' },
    }),
    variableUnset({
      id: 'key-unset',
      label: '`AWS_ACCESS_KEY_ID` is unset again',
      name: 'AWS_ACCESS_KEY_ID',
      afterExport: true,
    }),
    variableUnset({
      id: 'secret-unset',
      label: '`AWS_SECRET_ACCESS_KEY` is unset again',
      name: 'AWS_SECRET_ACCESS_KEY',
      afterExport: true,
    }),
  ],
  hints: [
    'Variables reach the `aws` program only when exported. In the `aws configure list` table, the Type column says where each value comes from.',
    '`export AWS_ACCESS_KEY_ID=…` and `export AWS_SECRET_ACCESS_KEY=…`, then `aws configure list`: the access key row should say `env`.',
    `Run \`export AWS_ACCESS_KEY_ID=${accessKeyId}\`, \`export AWS_SECRET_ACCESS_KEY=${secretAccessKey}\`, \`aws configure list\`, then \`unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY\`.`,
  ],
  solution: `${exports}aws configure list
unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY
`,
  wrongAttempts: [
    {
      name: 'never unset',
      script: `${exports}aws configure list\n`,
      failsCheck: 'key-unset',
      message: '`AWS_ACCESS_KEY_ID` is still exported: `unset AWS_ACCESS_KEY_ID` removes it.',
    },
    {
      name: 'variables set without export',
      script: `AWS_ACCESS_KEY_ID=${accessKeyId}\nAWS_SECRET_ACCESS_KEY=${secretAccessKey}\naws configure list\nunset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY\n`,
      failsCheck: 'listed-with-env',
      message:
        '`aws configure list` ran, but not while `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY` were exported.',
    },
    {
      name: 'the file edited instead',
      script: `aws configure set aws_access_key_id ${accessKeyId}\naws configure set aws_secret_access_key ${secretAccessKey}\naws configure list\n`,
      failsCheck: 'file-untouched',
      message: 'For the default profile, `aws` acts as `example_1`; expected `sample_user`.',
    },
    {
      name: 'only the secret unset',
      script: `${exports}aws configure list\nunset AWS_SECRET_ACCESS_KEY\n`,
      failsCheck: 'key-unset',
      message: '`AWS_ACCESS_KEY_ID` is still exported: `unset AWS_ACCESS_KEY_ID` removes it.',
    },
  ],
});
