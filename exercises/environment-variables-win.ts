// Exercise 4: exported credentials win over the file (seen with `aws configure list`), then unset them.
import {
  configuredDefaultProfileFiles,
  defineExercise,
  effectiveConfig,
  example1Key,
  isAws,
  ranCommand,
  sampleUserKey,
  variableUnset,
} from '@/lib/grader';

const { accessKeyId, secretAccessKey } = example1Key;
const exports = `export AWS_ACCESS_KEY_ID=${accessKeyId}\nexport AWS_SECRET_ACCESS_KEY=${secretAccessKey}\n`;
const unsetBoth = 'unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY\n';

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
      label: "`aws configure list` ran while example_1's keys were exported (the access key came from `env`)",
      display: 'aws configure list',
      matches: (r) => isAws(r, 'configure', 'list'),
      // What aws resolved, not which names were set: `--profile` turns env keys off, wrong keys are someone else.
      aws: { credentialSource: 'env', identity: 'example_1' },
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
  // Each route was run in real bash 5.2 with the real AWS CLI 2.9.19 in a throwaway HOME (docs/grader-cases.md).
  alternatives: [
    {
      name: 'set -a (allexport) instead of export',
      script: `set -a\nAWS_ACCESS_KEY_ID=${accessKeyId}\nAWS_SECRET_ACCESS_KEY=${secretAccessKey}\nset +a\naws configure list\n${unsetBoth}`,
    },
    {
      name: 'inline assignments for one command only (nothing left to unset)',
      script: `AWS_ACCESS_KEY_ID=${accessKeyId} AWS_SECRET_ACCESS_KEY=${secretAccessKey} aws configure list\n`,
    },
    {
      name: 'values from variables, one line with &&',
      script: `id=${accessKeyId}; secret=${secretAccessKey}\nexport AWS_ACCESS_KEY_ID=$id && export AWS_SECRET_ACCESS_KEY="$secret" && aws configure list\n${unsetBoth}unset id secret\n`,
    },
    {
      name: 'exported by a shell function',
      script: `usekeys() { export AWS_ACCESS_KEY_ID=${accessKeyId} AWS_SECRET_ACCESS_KEY=${secretAccessKey}; }\nusekeys\naws configure list\n${unsetBoth}`,
    },
    {
      name: 'everything inside a subshell',
      script: `(${exports.trim().replace('\n', '; ')}; aws configure list)\n`,
    },
    {
      name: 'exports kept in a file and sourced',
      script: `printf 'export AWS_ACCESS_KEY_ID=${accessKeyId}\\nexport AWS_SECRET_ACCESS_KEY=${secretAccessKey}\\n' > ~/keys.sh\nsource ~/keys.sh\naws configure list\nunset AWS_ACCESS_KEY_ID\nunset AWS_SECRET_ACCESS_KEY\n`,
    },
    {
      name: 'listed through a pipe, unset one by one',
      script: `${exports}aws configure list | grep access_key\nunset AWS_SECRET_ACCESS_KEY\nunset -v AWS_ACCESS_KEY_ID\n`,
    },
  ],
  wrongAttempts: [
    {
      name: 'never unset',
      script: `${exports}aws configure list\n`,
      failsCheck: 'key-unset',
      message: '`AWS_ACCESS_KEY_ID` is still exported: `unset AWS_ACCESS_KEY_ID` removes it.',
    },
    {
      name: 'variables set without export',
      script: `AWS_ACCESS_KEY_ID=${accessKeyId}\nAWS_SECRET_ACCESS_KEY=${secretAccessKey}\naws configure list\n${unsetBoth}`,
      failsCheck: 'listed-with-env',
      message:
        '`aws configure list` ran, but its credentials came from the shared credentials file; expected environment variables.',
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
    {
      name: '`--profile default` turns the environment off',
      script: `${exports}aws configure list --profile default\n${unsetBoth}`,
      failsCheck: 'listed-with-env',
      message:
        '`aws configure list` ran, but its credentials came from the shared credentials file; expected environment variables. `--profile` makes the CLI ignore the keys in the environment.',
    },
    {
      name: "sample_user's own keys exported",
      script: `export AWS_ACCESS_KEY_ID=${sampleUserKey.accessKeyId}\nexport AWS_SECRET_ACCESS_KEY=${sampleUserKey.secretAccessKey}\naws configure list\n${unsetBoth}`,
      failsCheck: 'listed-with-env',
      message:
        '`aws configure list` ran as `sample_user` (credentials from environment variables); expected `example_1`.',
    },
    {
      name: 'the exports in a pipeline (a subshell each)',
      script: `export AWS_ACCESS_KEY_ID=${accessKeyId} | cat\nexport AWS_SECRET_ACCESS_KEY=${secretAccessKey} | cat\naws configure list\n${unsetBoth}`,
      failsCheck: 'listed-with-env',
      message:
        '`aws configure list` ran, but its credentials came from the shared credentials file; expected environment variables.',
    },
    {
      name: 'lowercase variable names exported',
      script: `export aws_access_key_id=${accessKeyId}\nexport aws_secret_access_key=${secretAccessKey}\naws configure list\nunset aws_access_key_id aws_secret_access_key\n`,
      failsCheck: 'listed-with-env',
      message:
        '`aws configure list` ran, but its credentials came from the shared credentials file; expected environment variables.',
    },
    {
      name: '`export -n` keeps the variables set',
      script: `${exports}aws configure list\nexport -n AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY\n`,
      failsCheck: 'key-unset',
      message: '`AWS_ACCESS_KEY_ID` is still set (not exported): `unset AWS_ACCESS_KEY_ID` removes it.',
    },
    {
      name: 'the keys only in comments',
      script: `# export AWS_ACCESS_KEY_ID=${accessKeyId}\n# export AWS_SECRET_ACCESS_KEY=${secretAccessKey}\naws configure list\n`,
      failsCheck: 'listed-with-env',
      message:
        '`aws configure list` ran, but its credentials came from the shared credentials file; expected environment variables.',
    },
  ],
});
