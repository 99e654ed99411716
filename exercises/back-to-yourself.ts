// Exercise 5 of "AWS IAM Role CLI": the shell still holds a role session's exported keys; remove all three
// and prove with `aws sts get-caller-identity` that the CLI is back to your own user.
import { awsOption, defineExercise, isAws, ranCommand, variableUnset } from '@/lib/grader';
import {
  EXAMPLE_1_ARN,
  ROLE_NAME,
  S3_READ_ONLY_ARN,
  roleLessonAccount,
  roleLessonFiles,
} from './shared/role-lesson';

/** The session the setup's variables belong to (issued at the lesson's clock, valid for an hour). */
const SESSION = {
  accessKeyId: 'ASIAGTAVSHFILBGJB6OL',
  secretAccessKey: 'MZm7h8SoBnSbdrtGDvoXmuwzN0GsouVjKhMAzHhl',
  sessionToken:
    'IQoJb3JpZ2luX2VjEU4/Gydry1lDhJJxYqZhqAA8hnQAv/ttYhMvoZNDKtK8uy4wMsRxWJhwkdo2W2qijKl7R6bksMQ4/GrnHbFtzwSzmodD3E1eIniSwFjg4jv1UrZv0Fr5HTvMxwglm4W19aQNXVEhsX7nVqDON6yuJf4qs4+7vL6HTxGvDuyfe2uYpxIEFMoQ+Z8ZSemAFKLBIibEUfLhIzyfUjUvbl1bDhEN4jCgK+2yiNCgYcmPF85K3/RrT6PVRm9WtzBRLZxnVTtvX3V90Q0CHwnb6oSvwGet2',
  expiration: '2026-01-15T11:00:00+00:00',
  roleName: ROLE_NAME,
  roleSessionName: 'reader',
  sourceIdentityArn: EXAMPLE_1_ARN,
};
const account = roleLessonAccount({ attachedPolicies: [S3_READ_ONLY_ARN] });
account.sessions = [SESSION];

const whoami = 'aws sts get-caller-identity';
const unsetAll = 'unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN\n';

export default defineExercise({
  id: 'back-to-yourself',
  title: 'Back to yourself',
  goal: `This shell still acts as the role: \`AWS_ACCESS_KEY_ID\`, \`AWS_SECRET_ACCESS_KEY\` and
\`AWS_SESSION_TOKEN\` hold a session of \`${ROLE_NAME}\` (try \`${whoami}\`). Get back to your own user,
\`sample_user\` of the \`default\` profile, **for the whole session**, and confirm with \`${whoami}\`
(without \`--profile\`).`,
  setup: {
    files: roleLessonFiles,
    account,
    env: {
      AWS_ACCESS_KEY_ID: SESSION.accessKeyId,
      AWS_SECRET_ACCESS_KEY: SESSION.secretAccessKey,
      AWS_SESSION_TOKEN: SESSION.sessionToken,
    },
  },
  checks: [
    variableUnset({ id: 'key-unset', label: '`AWS_ACCESS_KEY_ID` is gone', name: 'AWS_ACCESS_KEY_ID' }),
    variableUnset({
      id: 'secret-unset',
      label: '`AWS_SECRET_ACCESS_KEY` is gone',
      name: 'AWS_SECRET_ACCESS_KEY',
    }),
    variableUnset({ id: 'token-unset', label: '`AWS_SESSION_TOKEN` is gone', name: 'AWS_SESSION_TOKEN' }),
    ranCommand({
      id: 'confirmed',
      label: '`aws sts get-caller-identity` (no `--profile`) ran as `sample_user`',
      display: whoami,
      matches: (r) => isAws(r, 'sts', 'get-caller-identity') && awsOption(r, '--profile') === undefined,
      aws: { identity: 'sample_user' },
    }),
  ],
  hints: [
    'Exported keys beat every profile. Take them out of the environment and the CLI falls back to `default`.',
    '`unset` takes several names at once. All three must go: the session token too.',
    `Run \`${unsetAll.trim()}\`, then \`${whoami}\`.`,
  ],
  solution: `${unsetAll}${whoami}\n`,
  alternatives: [
    {
      name: 'three unset lines, --query Arn',
      script: `unset AWS_ACCESS_KEY_ID\nunset AWS_SECRET_ACCESS_KEY\nunset AWS_SESSION_TOKEN\n${whoami} --query Arn --output text\n`,
    },
    {
      name: 'unset -v',
      script: `unset -v AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN\n${whoami}\n`,
    },
    {
      name: 'a loop over the names',
      script: `for v in AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN; do unset "$v"; done\n${whoami}\n`,
    },
    {
      name: 'a shell function that forgets the role',
      script: `forget_role() { unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN; }\nforget_role\n${whoami}\n`,
    },
    {
      name: 'who am I first, then unset, then again',
      script: `${whoami}\n${unsetAll}${whoami}\n`,
    },
    {
      name: 'unset, and AWS_PROFILE=default exported for good measure',
      script: `${unsetAll}export AWS_PROFILE=default\n${whoami}\n`,
    },
    {
      name: 'every AWS_ variable by prefix',
      script: `unset \${!AWS_*}\n${whoami}\n`,
    },
  ],
  wrongAttempts: [
    {
      name: 'the key and secret removed, the session token left behind',
      script: `unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY\n${whoami}\n`,
      failsCheck: 'token-unset',
      message: '`AWS_SESSION_TOKEN` is still exported',
    },
    {
      name: 'AWS_PROFILE=default exported, the keys still there',
      script: `export AWS_PROFILE=default\n${whoami}\n`,
      failsCheck: 'confirmed',
      message: 'ran as `S3Reader` (credentials from environment variables); expected `sample_user`',
    },
    {
      name: 'only --profile default (this one command; the shell still acts as the role)',
      script: `${whoami} --profile default\n`,
      failsCheck: 'key-unset',
      message: '`AWS_ACCESS_KEY_ID` is still exported',
    },
    {
      name: 'env -u for one command',
      script: `env -u AWS_ACCESS_KEY_ID -u AWS_SECRET_ACCESS_KEY -u AWS_SESSION_TOKEN ${whoami}\n`,
      failsCheck: 'key-unset',
      message: '`AWS_ACCESS_KEY_ID` is still exported',
    },
    {
      name: 'unset inside a subshell',
      script: `(${unsetAll.trim()}; ${whoami})\n`,
      failsCheck: 'key-unset',
      message: '`AWS_ACCESS_KEY_ID` is still exported',
    },
    {
      name: 'unset with a dollar sign (unsets a variable named after the key)',
      script: `unset $AWS_ACCESS_KEY_ID $AWS_SECRET_ACCESS_KEY $AWS_SESSION_TOKEN\n${whoami}\n`,
      failsCheck: 'key-unset',
      message: '`AWS_ACCESS_KEY_ID` is still exported',
    },
    {
      name: 'a misspelt name (AWS_SECRET_KEY)',
      script: `unset AWS_ACCESS_KEY_ID AWS_SECRET_KEY AWS_SESSION_TOKEN\n${whoami}\n`,
      failsCheck: 'secret-unset',
      message: '`AWS_SECRET_ACCESS_KEY` is still exported',
    },
  ],
});
