// IAM users 2: as the admin, issue an access key to an existing user and store it as a named profile.
import {
  accountWithUsers,
  accessKeyState,
  awsOption,
  configuredDefaultProfileFiles,
  defineExercise,
  effectiveConfig,
  isAws,
  ranCommand,
} from '@/lib/grader';

const CAPTURE = `read -r id secret <<< "$(aws iam create-access-key --user-name deploy-bot --query 'AccessKey.[AccessKeyId,SecretAccessKey]' --output text)"`;
const SET = `aws configure set aws_access_key_id "$id" --profile deploy
aws configure set aws_secret_access_key "$secret" --profile deploy
`;
const CONFIRM = 'aws sts get-caller-identity --profile deploy\n';

export default defineExercise({
  id: 'key-for-a-new-user',
  title: 'Issue an access key and configure a profile with it',
  goal: `The user \`deploy-bot\` exists but has no access key. Your default profile is \`sample_user\`, an
administrator: keep it as it is.

1. Create an access key for \`deploy-bot\`.
2. Store it as a new profile named \`deploy\` (the secret is shown only once: capture it or copy it).
3. Confirm with \`aws sts get-caller-identity --profile deploy\`.`,
  setup: {
    files: configuredDefaultProfileFiles(),
    account: accountWithUsers({ userName: 'deploy-bot', userId: 'AIDAJDPLRKLG7UEXAMPLE' }),
  },
  checks: [
    accessKeyState({
      id: 'has-key',
      label: '`deploy-bot` has an Active access key',
      userName: 'deploy-bot',
      state: 'active',
    }),
    effectiveConfig({
      id: 'profile',
      label: 'The profile `deploy` signs in as `deploy-bot`',
      query: { profile: 'deploy' },
      expect: { identity: 'deploy-bot' },
    }),
    effectiveConfig({
      id: 'default-kept',
      label: 'The default profile is still `sample_user`',
      query: { env: 'files-only' },
      expect: { identity: 'sample_user' },
    }),
    ranCommand({
      id: 'confirmed',
      label: 'Confirmed with `aws sts get-caller-identity --profile deploy`',
      display: 'aws sts get-caller-identity --profile deploy',
      matches: (r) => isAws(r, 'sts', 'get-caller-identity') && awsOption(r, '--profile') === 'deploy',
      aws: { identity: 'deploy-bot' },
    }),
  ],
  hints: [
    '`aws iam create-access-key --user-name deploy-bot` prints the key id and the secret. Run it once: every run issues another key.',
    '`--query AccessKey.[AccessKeyId,SecretAccessKey] --output text` prints both on one line, ready for `read -r id secret`.',
    `Run \`${CAPTURE}\`, then \`aws configure set aws_access_key_id "$id" --profile deploy\` and the same for \`aws_secret_access_key\`, then \`${CONFIRM.trim()}\`.`,
  ],
  solution: `${CAPTURE}\n${SET}${CONFIRM}`,
  // Each route ran in bash 5.2 with aws 2.9.19 against the loopback stub: `--output text` of a
  // two-item --query is one tab-separated line; `aws configure` reads piped answers; the credentials file
  // takes `[deploy]`, the config file `[profile deploy]` (AWS CLI User Guide, "Configuration and credential file settings").
  alternatives: [
    {
      name: 'the JSON kept in a variable, read with jq',
      script: `key=$(aws iam create-access-key --user-name deploy-bot --output json)
aws configure set aws_access_key_id "$(echo "$key" | jq -r .AccessKey.AccessKeyId)" --profile deploy
aws configure set aws_secret_access_key "$(echo "$key" | jq -r .AccessKey.SecretAccessKey)" --profile deploy
${CONFIRM}`,
    },
    {
      name: 'set -- on the text output',
      script: `set -- $(aws iam create-access-key --user-name deploy-bot --query 'AccessKey.[AccessKeyId,SecretAccessKey]' --output text)
aws configure set profile.deploy.aws_access_key_id "$1"
aws configure set profile.deploy.aws_secret_access_key "$2"
${CONFIRM}`,
    },
    {
      name: 'answers piped into aws configure --profile deploy',
      script: `${CAPTURE}
printf '%s\\n%s\\neu-west-1\\njson\\n' "$id" "$secret" | aws configure --profile deploy
${CONFIRM}`,
    },
    {
      name: 'a [deploy] section appended to the credentials file',
      script: `${CAPTURE}
printf '[deploy]\\naws_access_key_id = %s\\naws_secret_access_key = %s\\n' "$id" "$secret" >> ~/.aws/credentials
${CONFIRM}`,
    },
    {
      name: 'the keys in the config file under [profile deploy]',
      script: `${CAPTURE}
printf '[profile deploy]\\naws_access_key_id = %s\\naws_secret_access_key = %s\\n' "$id" "$secret" >> ~/.aws/config
${CONFIRM}`,
    },
    {
      name: 'AWS_PROFILE exported while configuring, confirmed with --profile',
      script: `${CAPTURE}
export AWS_PROFILE=deploy
aws configure set aws_access_key_id "$id"
aws configure set aws_secret_access_key "$secret"
unset AWS_PROFILE
aws sts get-caller-identity --profile deploy --query Arn --output text
`,
    },
    {
      name: 'a look at the keys first, the id read from list-access-keys',
      script: `aws iam list-access-keys --user-name deploy-bot
secret=$(aws iam create-access-key --user-name deploy-bot --query AccessKey.SecretAccessKey --output text)
id=$(aws iam list-access-keys --user-name deploy-bot --query 'AccessKeyMetadata[0].AccessKeyId' --output text)
${SET}${CONFIRM}`,
    },
  ],
  wrongAttempts: [
    {
      name: 'configured without --profile (the admin default is overwritten)',
      script: `${CAPTURE}
aws configure set aws_access_key_id "$id"
aws configure set aws_secret_access_key "$secret"
aws sts get-caller-identity
`,
      failsCheck: 'default-kept',
      message: 'For the default profile, `aws` acts as `deploy-bot`; expected `sample_user`',
    },
    {
      name: 'two create-access-key runs: the id of one key, the secret of the other',
      script: `id=$(aws iam create-access-key --user-name deploy-bot --query AccessKey.AccessKeyId --output text)
secret=$(aws iam create-access-key --user-name deploy-bot --query AccessKey.SecretAccessKey --output text)
${SET}${CONFIRM}`,
      failsCheck: 'profile',
      message: "with a secret access key that is not that key's (a typo, or another key's secret)",
    },
    {
      name: 'the key created for the caller (no --user-name)',
      script: `read -r id secret <<< "$(aws iam create-access-key --query 'AccessKey.[AccessKeyId,SecretAccessKey]' --output text)"
${SET}${CONFIRM}`,
      failsCheck: 'has-key',
      message: '`deploy-bot` has no access key.',
    },
    {
      name: 'the profile named after the user',
      script: `${CAPTURE}
aws configure set aws_access_key_id "$id" --profile deploy-bot
aws configure set aws_secret_access_key "$secret" --profile deploy-bot
aws sts get-caller-identity --profile deploy-bot
`,
      failsCheck: 'profile',
      message: 'With `--profile deploy`, `aws` stops: The config profile (deploy) could not be found.',
    },
    {
      name: '[profile deploy] written in the credentials file',
      script: `${CAPTURE}
printf '[profile deploy]\\naws_access_key_id = %s\\naws_secret_access_key = %s\\n' "$id" "$secret" >> ~/.aws/credentials
${CONFIRM}`,
      failsCheck: 'profile',
      message: 'With `--profile deploy`, `aws` stops: The config profile (deploy) could not be found.',
    },
    {
      name: 'only the key id configured',
      script: `${CAPTURE}
aws configure set aws_access_key_id "$id" --profile deploy
${CONFIRM}`,
      failsCheck: 'profile',
      message:
        'With `--profile deploy`, `aws` stops: Partial credentials found in shared-credentials-file, missing: aws_secret_access_key.',
    },
    {
      name: 'confirmed with the default profile only',
      script: `${CAPTURE}\n${SET}aws sts get-caller-identity\n`,
      failsCheck: 'confirmed',
      message: 'Run `aws sts get-caller-identity --profile deploy` (it has not run yet).',
    },
    {
      name: 'confirmed before the profile existed',
      script: `${CONFIRM}${CAPTURE}\n${SET}`,
      failsCheck: 'confirmed',
      message:
        '`aws sts get-caller-identity --profile deploy` failed (exit status 255); fix it and run it again.',
    },
  ],
});
