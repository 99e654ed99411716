// Exercise 5: `source ~/.aws/credentials` gives the CLI nothing; export the uppercase variables from `aws configure get`.
import {
  configuredDefaultProfileFiles,
  defineExercise,
  effectiveConfig,
  exportedVariable,
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
      matches: (s) =>
        (s.words[0] === 'source' || s.words[0] === '.') && /(^|\/)\.aws\/credentials$/.test(s.words[1] ?? ''),
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
      message: 'Run `source ~/.aws/credentials` (nothing like it in your history yet).',
    },
  ],
});
