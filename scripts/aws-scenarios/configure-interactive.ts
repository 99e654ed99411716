// Scenarios: interactive `aws configure` answered through stdin (not a tty).
import {
  CONFIG_DEFAULT,
  CREDS_DEFAULT,
  KEY1,
  KEY2,
  SECRET1,
  SECRET2,
  homeWithDefault,
  type ScenarioArea,
} from './types';

const answers = (...lines: string[]) => lines.map((l) => l + '\n').join('');
const full = answers(KEY1, SECRET1, 'us-east-1', 'json');

export const configureInteractiveArea: ScenarioArea = {
  area: 'configure-interactive',
  scenarios: [
    {
      name: 'fresh-home-all-answers',
      description: 'Four answers in a fresh home create ~/.aws (0755) and both files (0600).',
      steps: [{ args: ['configure'], stdin: full }],
    },
    {
      name: 'existing-values-masked',
      description: 'Existing values appear in brackets, the key masked to its last four characters.',
      files: homeWithDefault,
      steps: [{ args: ['configure'], stdin: answers('', '', '', '') }],
    },
    {
      name: 'empty-answers-keep-values-no-rewrite',
      description: 'Empty answers keep every value and the files keep their bytes and modes.',
      files: {
        '.aws': { type: 'directory', mode: 0o700 },
        '.aws/credentials': { content: '# mine\n' + CREDS_DEFAULT, mode: 0o640 },
        '.aws/config': { content: '[default]\nregion=us-east-1\n', mode: 0o644 },
      },
      steps: [{ args: ['configure'], stdin: answers('', '', '', '') }],
    },
    {
      name: 'change-region-only',
      description: 'Answering only the region updates that line in place.',
      files: homeWithDefault,
      steps: [{ args: ['configure'], stdin: answers('', '', 'eu-central-1', '') }],
    },
    {
      name: 'new-named-profile',
      description: '`--profile example` appends [example] to credentials and [profile example] to config.',
      files: homeWithDefault,
      steps: [
        { args: ['configure', '--profile', 'example'], stdin: answers(KEY2, SECRET2, 'eu-west-1', 'text') },
      ],
    },
    {
      name: 'existing-named-profile',
      description: 'Configuring an existing named profile shows its masked values.',
      files: homeWithDefault,
      steps: [
        { args: ['configure', '--profile', 'example'], stdin: answers(KEY2, SECRET2, 'eu-west-1', 'text') },
        { args: ['configure', '--profile', 'example'], stdin: answers('', '', 'eu-west-2', '') },
      ],
    },
    {
      name: 'eof-no-answers',
      description: 'EOF before the first answer.',
      steps: [{ args: ['configure'], stdin: '' }],
    },
    {
      name: 'devnull-stdin',
      description: '`aws configure </dev/null`.',
      steps: [{ args: ['configure'], stdin: null }],
    },
    {
      name: 'eof-after-one-answer',
      description: 'EOF after the access key id: what is written, and the exit code.',
      steps: [{ args: ['configure'], stdin: answers(KEY1) }],
    },
    {
      name: 'eof-after-two-answers',
      description: 'EOF after key and secret.',
      steps: [{ args: ['configure'], stdin: answers(KEY1, SECRET1) }],
    },
    {
      name: 'eof-after-three-answers',
      description: 'EOF after key, secret and region.',
      steps: [{ args: ['configure'], stdin: answers(KEY1, SECRET1, 'us-east-1') }],
    },
    {
      name: 'last-answer-without-newline',
      description: 'The fourth answer without a trailing newline is still used.',
      steps: [{ args: ['configure'], stdin: `${KEY1}\n${SECRET1}\nus-east-1\njson` }],
    },
    {
      name: 'answers-with-spaces',
      description: 'Leading and trailing spaces in answers.',
      steps: [{ args: ['configure'], stdin: answers(`  ${KEY1}  `, SECRET1, ' us-west-2', 'json ') }],
    },
    {
      name: 'comments-preserved',
      description: 'Comments and other sections survive an update.',
      files: {
        '.aws/credentials': {
          content: `# work keys\n[default]\n# old key below\naws_access_key_id = ${KEY2}\naws_secret_access_key = ${SECRET2}\n\n[other]\naws_access_key_id = ${KEY2}\n`,
          mode: 0o600,
        },
        '.aws/config': { content: '; config comment\n[profile other]\nregion = ap-south-1\n', mode: 0o600 },
      },
      steps: [{ args: ['configure'], stdin: full }],
    },
    {
      name: 'append-to-file-without-trailing-newline',
      description: 'Appending a section to a file whose last line has no newline.',
      files: {
        '.aws/credentials': { content: `[old]\naws_access_key_id = ${KEY2}`, mode: 0o600 },
        '.aws/config': { content: '[profile old]\nregion = eu-west-1', mode: 0o600 },
      },
      steps: [{ args: ['configure'], stdin: full }],
    },
    {
      name: 'only-region-and-output',
      description: 'Empty key answers: nothing goes to credentials, region and output go to config.',
      steps: [{ args: ['configure'], stdin: answers('', '', 'us-east-1', 'json') }],
    },
    {
      name: 'all-empty-fresh-home',
      description: 'Four empty answers in a fresh home write nothing.',
      steps: [{ args: ['configure'], stdin: answers('', '', '', '') }],
    },
    {
      name: 'profile-default-explicit',
      description: '`--profile default` writes [default] in both files.',
      steps: [{ args: ['configure', '--profile', 'default'], stdin: full }],
    },
    {
      name: 'aws-profile-env-selects-profile',
      description: 'AWS_PROFILE selects which profile `aws configure` edits.',
      env: { AWS_PROFILE: 'dev' },
      steps: [{ args: ['configure'], stdin: full }],
    },
    {
      name: 'config-file-env-elsewhere',
      description: 'AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE redirect where `aws configure` writes.',
      env: {
        AWS_CONFIG_FILE: '/home/learner/cfg/config',
        AWS_SHARED_CREDENTIALS_FILE: '/home/learner/cfg/creds',
      },
      steps: [{ args: ['configure'], stdin: full }],
    },
    {
      name: 'existing-config-file-only',
      description: 'Only config exists; configure creates credentials beside it.',
      files: { '.aws/config': { content: CONFIG_DEFAULT, mode: 0o644 } },
      steps: [{ args: ['configure'], stdin: answers(KEY1, SECRET1, '', '') }],
    },
    {
      name: 'env-credentials-shown-masked',
      description: 'Env credentials do not appear as the current values in the prompts.',
      env: { AWS_ACCESS_KEY_ID: KEY2, AWS_SECRET_ACCESS_KEY: SECRET2, AWS_DEFAULT_REGION: 'eu-west-3' },
      steps: [{ args: ['configure'], stdin: answers('', '', '', '') }],
    },
  ],
};
