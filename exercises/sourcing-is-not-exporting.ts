// Exercise 5: `source ~/.aws/credentials` gives the CLI nothing; export the uppercase variables from `aws configure get`.
import {
  configuredDefaultProfileFiles,
  defineExercise,
  effectiveConfig,
  example1Key,
  exportedVariable,
  programOf,
  ranCommand,
  sampleUserKey,
} from '@/lib/grader';

const { accessKeyId, secretAccessKey } = sampleUserKey;
const exportFromConfig =
  'export AWS_ACCESS_KEY_ID=$(aws configure get aws_access_key_id)\n' +
  'export AWS_SECRET_ACCESS_KEY=$(aws configure get aws_secret_access_key)\n';

export default defineExercise({
  id: 'sourcing-is-not-exporting',
  title: 'Sourcing the credentials file is not exporting',
  goal: `Some guides tell you to run \`source ~/.aws/credentials\` to "load" your keys.

1. Try it, and read what bash says about each line.
2. Then do what actually works: export the uppercase variables \`AWS_ACCESS_KEY_ID\` and
   \`AWS_SECRET_ACCESS_KEY\` with the values \`aws configure get\` prints for the default profile.`,
  setup: { files: configuredDefaultProfileFiles() },
  checks: [
    ranCommand({
      id: 'tried-source',
      label: 'You ran `source ~/.aws/credentials` and saw what bash makes of it',
      display: 'source ~/.aws/credentials',
      // The engine's record of the `source` (path as resolved), so `. ./credentials` from ~/.aws counts too.
      matches: (r, state) =>
        (programOf(r) === 'source' || programOf(r) === '.') &&
        r.source?.path === state.resolvePath('~/.aws/credentials'),
      anyExitCode: true,
    }),
    exportedVariable({
      id: 'access-key-exported',
      label: '`AWS_ACCESS_KEY_ID` is exported with the default access key',
      name: 'AWS_ACCESS_KEY_ID',
      expected: accessKeyId,
    }),
    exportedVariable({
      id: 'secret-exported',
      label: '`AWS_SECRET_ACCESS_KEY` is exported with the default secret',
      name: 'AWS_SECRET_ACCESS_KEY',
      expected: secretAccessKey,
      secret: true,
    }),
    effectiveConfig({
      id: 'env-credentials',
      label: '`aws` now takes its credentials from the environment',
      expect: { identity: 'sample_user', credentialsSource: 'env' },
    }),
  ],
  hints: [
    'Bash runs each line of a sourced file as a command. `[default]` is not a command, and `aws_access_key_id = …` (with spaces) is not an assignment.',
    'Even a line like `aws_access_key_id=AKIA…` only sets a lowercase, unexported shell variable. The CLI reads uppercase, exported variables.',
    '`export AWS_ACCESS_KEY_ID=$(aws configure get aws_access_key_id)` and the same for `AWS_SECRET_ACCESS_KEY` with `aws_secret_access_key`.',
  ],
  solution: `source ~/.aws/credentials\n${exportFromConfig}`,
  // Each route was run in real bash 5.2 with the real AWS CLI 2.9.19 in a throwaway HOME (docs/grader-cases.md).
  alternatives: [
    { name: 'the dot command', script: `. ~/.aws/credentials\n${exportFromConfig}` },
    {
      name: 'sourced by a relative path from ~/.aws',
      script: `cd ~/.aws\nsource ./credentials\ncd\n${exportFromConfig}`,
    },
    { name: 'sourced through $HOME', script: `source $HOME/.aws/credentials\n${exportFromConfig}` },
    {
      name: 'the keys typed out',
      script: `source ~/.aws/credentials\nexport AWS_ACCESS_KEY_ID=${accessKeyId}\nexport AWS_SECRET_ACCESS_KEY=${secretAccessKey}\n`,
    },
    {
      name: 'through variables',
      script: `source ~/.aws/credentials\nk=$(aws configure get aws_access_key_id)\ns=$(aws configure get aws_secret_access_key)\nexport AWS_ACCESS_KEY_ID="$k" AWS_SECRET_ACCESS_KEY="$s"\n`,
    },
    {
      name: 'set -a, then plain assignments',
      script: `source ~/.aws/credentials\nset -a\nAWS_ACCESS_KEY_ID=$(aws configure get aws_access_key_id)\nAWS_SECRET_ACCESS_KEY=$(aws configure get aws_secret_access_key)\nset +a\n`,
    },
    {
      name: 'the exports from a sourced ~/.bashrc',
      script: `source ~/.aws/credentials\necho 'export AWS_ACCESS_KEY_ID=$(aws configure get aws_access_key_id)' >> ~/.bashrc\necho 'export AWS_SECRET_ACCESS_KEY=$(aws configure get aws_secret_access_key)' >> ~/.bashrc\nsource ~/.bashrc\n`,
    },
  ],
  wrongAttempts: [
    {
      name: 'sourcing a hand-written file without spaces',
      script: `source ~/.aws/credentials\nprintf 'aws_access_key_id=${accessKeyId}\\naws_secret_access_key=${secretAccessKey}\\n' > ~/keys.sh\nsource ~/keys.sh\n`,
      failsCheck: 'access-key-exported',
      message:
        '`aws_access_key_id` is set (and not exported), but the CLI reads only the uppercase `AWS_ACCESS_KEY_ID`.',
    },
    {
      name: 'uppercase variables set without export',
      script: `source ~/.aws/credentials\n${exportFromConfig.replace(/export /g, '')}`,
      failsCheck: 'access-key-exported',
      message:
        '`AWS_ACCESS_KEY_ID` is set but not exported, so programs such as `aws` cannot see it: run `export AWS_ACCESS_KEY_ID`.',
    },
    {
      name: 'lowercase variables exported',
      script: `source ~/.aws/credentials\nexport aws_access_key_id=$(aws configure get aws_access_key_id)\nexport aws_secret_access_key=$(aws configure get aws_secret_access_key)\n`,
      failsCheck: 'access-key-exported',
      message: '`aws_access_key_id` is exported, but the CLI reads only the uppercase `AWS_ACCESS_KEY_ID`.',
    },
    {
      name: 'exported without trying source first',
      script: exportFromConfig,
      failsCheck: 'tried-source',
      message: 'Run `source ~/.aws/credentials` (it has not run yet).',
    },
    {
      name: '`source` only in a branch that never runs',
      script: `if false; then source ~/.aws/credentials; fi\n${exportFromConfig}`,
      failsCheck: 'tried-source',
      message: 'Run `source ~/.aws/credentials` (it has not run yet).',
    },
    {
      name: '`source` only inside an echo',
      script: `echo "source ~/.aws/credentials"\n${exportFromConfig}`,
      failsCheck: 'tried-source',
      message: 'Run `source ~/.aws/credentials` (it has not run yet).',
    },
    {
      name: 'the file run with bash instead of sourced',
      script: `bash ~/.aws/credentials\n${exportFromConfig}`,
      failsCheck: 'tried-source',
      message: 'Run `source ~/.aws/credentials` (it has not run yet).',
    },
    {
      name: "example_1's key exported instead of the default one",
      script: `source ~/.aws/credentials\nexport AWS_ACCESS_KEY_ID=${example1Key.accessKeyId}\nexport AWS_SECRET_ACCESS_KEY=${example1Key.secretAccessKey}\n`,
      failsCheck: 'access-key-exported',
      message: `\`AWS_ACCESS_KEY_ID\` is \`${example1Key.accessKeyId}\`; expected \`${accessKeyId}\`.`,
    },
    {
      name: 'the exports in a pipeline (a subshell)',
      script: `source ~/.aws/credentials\n${exportFromConfig.replace(/\n/g, ' | cat\n')}`,
      failsCheck: 'access-key-exported',
      message: '`AWS_ACCESS_KEY_ID` is not set: `export AWS_ACCESS_KEY_ID=...`.',
    },
  ],
});
