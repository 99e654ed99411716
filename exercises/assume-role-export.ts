// Exercise 3 of "AWS IAM Role CLI": as example_1, assume S3Reader and export the temporary credentials, so
// that a plain `aws sts get-caller-identity` runs as the role session (judged by the identity AWS saw).
import { defineExercise, exportedVariable, isAws, ranAsRole } from '@/lib/grader';
import {
  ROLE_ARN,
  ROLE_NAME,
  S3_READ_ONLY_ARN,
  roleLessonAccount,
  roleLessonFiles,
} from './shared/role-lesson';

const assume = `aws sts assume-role --role-arn ${ROLE_ARN} --role-session-name reader --profile example_1`;
const fields = `--query '[Credentials.AccessKeyId,Credentials.SecretAccessKey,Credentials.SessionToken]' --output text`;
const readLine = `read -r AK SK ST <<< "$(${assume} ${fields})"\n`;
const exportAll = 'export AWS_ACCESS_KEY_ID=$AK AWS_SECRET_ACCESS_KEY=$SK AWS_SESSION_TOKEN=$ST\n';
const whoami = 'aws sts get-caller-identity';

export default defineExercise({
  id: 'assume-role-export',
  title: 'Assume the role and use its temporary credentials',
  goal: `\`${ROLE_NAME}\` is ready: \`example_1\` may assume it and it may read S3.

1. As \`example_1\` (\`--profile example_1\`), assume \`${ROLE_ARN}\` with \`aws sts assume-role\`.
2. Export the three values it returns as \`AWS_ACCESS_KEY_ID\`, \`AWS_SECRET_ACCESS_KEY\` and
   \`AWS_SESSION_TOKEN\`.
3. Run \`${whoami}\` **without** \`--profile\`: it must show the \`assumed-role\` ARN.`,
  setup: { files: roleLessonFiles, account: roleLessonAccount({ attachedPolicies: [S3_READ_ONLY_ARN] }) },
  checks: [
    ranAsRole({
      id: 'ran-as-role',
      label: '`aws sts get-caller-identity` ran as a session of `S3Reader`, with the exported credentials',
      display: whoami,
      matches: (r) => isAws(r, 'sts', 'get-caller-identity'),
      roleName: ROLE_NAME,
      credentialSource: 'env',
    }),
    exportedVariable({
      id: 'token-exported',
      label: '`AWS_SESSION_TOKEN` is exported',
      name: 'AWS_SESSION_TOKEN',
      secret: true,
    }),
  ],
  hints: [
    '`aws sts assume-role` needs `--role-arn` and a `--role-session-name` of your choice; run it with `--profile example_1`.',
    `\`--query '[Credentials.AccessKeyId,Credentials.SecretAccessKey,Credentials.SessionToken]' --output text\` prints the three values on one line; \`read -r AK SK ST <<< "$(…)"\` puts them in variables.`,
    `Run \`${readLine.trim()}\`, then \`${exportAll.trim()}\`, then \`${whoami}\`.`,
  ],
  solution: `${readLine}${exportAll}${whoami}\n`,
  alternatives: [
    {
      name: 'the JSON saved to a file, read with jq',
      script: `${assume} > creds.json\nexport AWS_ACCESS_KEY_ID=$(jq -r .Credentials.AccessKeyId creds.json)\nexport AWS_SECRET_ACCESS_KEY=$(jq -r .Credentials.SecretAccessKey creds.json)\nexport AWS_SESSION_TOKEN=$(jq -r .Credentials.SessionToken creds.json)\n${whoami}\n`,
    },
    {
      name: 'export $(printf …) over the text output',
      script: `export $(printf 'AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s AWS_SESSION_TOKEN=%s' $(${assume} ${fields}))\n${whoami}\n`,
    },
    {
      name: 'three exports, one variable each, then a --query on the ARN',
      script: `${readLine}export AWS_ACCESS_KEY_ID="$AK"\nexport AWS_SECRET_ACCESS_KEY="$SK"\nexport AWS_SESSION_TOKEN="$ST"\n${whoami} --query Arn --output text\n`,
    },
    {
      name: 'AWS_PROFILE=example_1 exported for the assume-role, shorter session',
      script: `export AWS_PROFILE=example_1\nread -r AK SK ST <<< "$(aws sts assume-role --role-arn ${ROLE_ARN} --role-session-name reader --duration-seconds 900 ${fields})"\n${exportAll}${whoami}\n`,
    },
    {
      name: 'read into the real names, then export them by name',
      script: `read -r AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN <<< "$(${assume} ${fields})"\nexport AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN\n${whoami}\n`,
    },
    {
      name: 'jq printing export lines, run with eval',
      script: `eval "$(${assume} | jq -r '.Credentials | "export AWS_ACCESS_KEY_ID=\\(.AccessKeyId) AWS_SECRET_ACCESS_KEY=\\(.SecretAccessKey) AWS_SESSION_TOKEN=\\(.SessionToken)"')"\n${whoami}\n`,
    },
    {
      name: 'the token forgotten first, added after the error',
      script: `${readLine}export AWS_ACCESS_KEY_ID=$AK AWS_SECRET_ACCESS_KEY=$SK\n${whoami}\nexport AWS_SESSION_TOKEN=$ST\n${whoami}\n`,
    },
  ],
  wrongAttempts: [
    {
      name: 'AWS_SESSION_TOKEN forgotten',
      script: `${readLine}export AWS_ACCESS_KEY_ID=$AK AWS_SECRET_ACCESS_KEY=$SK\n${whoami}\n`,
      failsCheck: 'ran-as-role',
      message: 'ran with a temporary key (`ASIA…`) but without `AWS_SESSION_TOKEN`',
    },
    {
      name: 'assigned but not exported',
      script: `${readLine}AWS_ACCESS_KEY_ID=$AK\nAWS_SECRET_ACCESS_KEY=$SK\nAWS_SESSION_TOKEN=$ST\n${whoami}\n`,
      failsCheck: 'ran-as-role',
      message:
        'ran as `arn:aws:iam::123456789012:user/sample_user`, not as the role `S3Reader`. The temporary keys were not exported',
    },
    {
      name: 'confirmed with --profile example_1 (the profile wins over the exported keys)',
      script: `${readLine}${exportAll}${whoami} --profile example_1\n`,
      failsCheck: 'ran-as-role',
      message: '`--profile` makes the CLI ignore the keys in the environment',
    },
    {
      name: 'assumed as yourself (the trust policy names example_1 only)',
      script: `read -r AK SK ST <<< "$(aws sts assume-role --role-arn ${ROLE_ARN} --role-session-name reader ${fields})"\n${exportAll}${whoami}\n`,
      failsCheck: 'ran-as-role',
      message: 'ran as `arn:aws:iam::123456789012:user/sample_user`, not as the role `S3Reader`',
    },
    {
      name: 'one assume-role call per value: key, secret and token of three different sessions',
      script: `export AWS_ACCESS_KEY_ID=$(${assume} --query Credentials.AccessKeyId --output text)\nexport AWS_SECRET_ACCESS_KEY=$(${assume} --query Credentials.SecretAccessKey --output text)\nexport AWS_SESSION_TOKEN=$(${assume} --query Credentials.SessionToken --output text)\n${whoami}\n`,
      failsCheck: 'ran-as-role',
      message: 'failed: AWS answered',
    },
    {
      name: 'the secret and the token swapped',
      script: `${readLine}export AWS_ACCESS_KEY_ID=$AK AWS_SECRET_ACCESS_KEY=$ST AWS_SESSION_TOKEN=$SK\n${whoami}\n`,
      failsCheck: 'ran-as-role',
      message: 'failed: AWS answered',
    },
    {
      name: 'exported and confirmed inside a subshell only',
      script: `${readLine}(${exportAll.trim()}; ${whoami})\n`,
      failsCheck: 'token-exported',
      message: '`AWS_SESSION_TOKEN` is not set',
    },
    {
      name: 'the role name as --role-arn',
      script: `read -r AK SK ST <<< "$(aws sts assume-role --role-arn ${ROLE_NAME} --role-session-name reader --profile example_1 ${fields})"\n${exportAll}${whoami}\n`,
      failsCheck: 'ran-as-role',
      message: 'not as the role `S3Reader`',
    },
  ],
});
