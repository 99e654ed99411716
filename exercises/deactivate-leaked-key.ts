// IAM users 4: a key was leaked: switch it off (not delete it), keep the other key working, look at its last use.
import {
  accessKeyState,
  accountWithUsers,
  awsParameter,
  configuredDefaultProfileFiles,
  defineExercise,
  isAws,
  ranCommand,
} from '@/lib/grader';

const LEAKED = 'AKIAJWEBAPPLEAKEXAMP';
const KEPT = 'AKIAJWEBAPPKEEPEXAMP';
const OFF = `aws iam update-access-key --user-name web-app --access-key-id ${LEAKED} --status Inactive\n`;
const LAST_USED = `aws iam get-access-key-last-used --access-key-id ${LEAKED}\n`;

export default defineExercise({
  id: 'deactivate-leaked-key',
  title: 'Switch off a leaked key',
  goal: `The key \`${LEAKED}\` of the user \`web-app\` was pasted into a public chat. The application uses
the user's other key, \`${KEPT}\`, which must keep working.

1. Find out when and where the leaked key was last used.
2. **Deactivate** it: keep it, Inactive, so it can be investigated (and switched back on if it turns out
   something still needs it).`,
  setup: {
    files: configuredDefaultProfileFiles(),
    account: accountWithUsers({
      userName: 'web-app',
      userId: 'AIDAJWEBAPPUSEREXAMP',
      accessKeys: [
        {
          accessKeyId: KEPT,
          secretAccessKey: 'kE3pTh1sOneW0rkingWebAppKeyBEXAMPLEKEY01',
          status: 'Active',
          createDate: '2025-11-03T09:05:00+00:00',
          lastUsed: { date: '2026-01-14T08:12:00+00:00', serviceName: 's3', region: 'eu-west-1' },
        },
        {
          accessKeyId: LEAKED,
          secretAccessKey: 'lEak3dWebAppKeyPastedInChatBEXAMPLEKEY02',
          status: 'Active',
          createDate: '2025-12-01T16:40:00+00:00',
          lastUsed: { date: '2026-01-15T03:27:00+00:00', serviceName: 'iam', region: 'us-east-1' },
        },
      ],
    }),
  },
  checks: [
    ranCommand({
      id: 'last-used',
      label: `You looked up when \`${LEAKED}\` was last used`,
      display: LAST_USED.trim(),
      matches: (r) =>
        isAws(r, 'iam', 'get-access-key-last-used') && awsParameter(r, '--access-key-id') === LEAKED,
    }),
    accessKeyState({
      id: 'leaked-inactive',
      label: `\`${LEAKED}\` is Inactive (not deleted)`,
      userName: 'web-app',
      accessKeyId: LEAKED,
      state: 'inactive',
    }),
    accessKeyState({
      id: 'other-active',
      label: `\`${KEPT}\` is still Active`,
      userName: 'web-app',
      accessKeyId: KEPT,
      state: 'active',
    }),
  ],
  hints: [
    '`aws iam get-access-key-last-used` needs only the key id. `aws iam update-access-key` changes a status.',
    'The status values are `Active` and `Inactive`, capitalised. Give `--user-name web-app`: without it IAM looks for the key on your own user.',
    `Run \`${LAST_USED.trim()}\`, then \`${OFF.trim()}\`.`,
  ],
  solution: `${LAST_USED}${OFF}`,
  // Decided with aws 2.9.19 against the loopback stub (lib/aws/fixtures/iam/access-keys.json,
  // cli-input-json.json) and the IAM API reference: UpdateAccessKey without UserName acts on the caller's
  // own keys (NoSuchEntity here); Status is an enum of Active and Inactive (ValidationError otherwise).
  alternatives: [
    {
      name: 'deactivated first, then looked up',
      script: `${OFF}${LAST_USED}`,
    },
    {
      name: 'the keys listed first, the last use as text',
      script: `aws iam list-access-keys --user-name web-app --output table
aws iam get-access-key-last-used --access-key-id ${LEAKED} --query 'AccessKeyLastUsed.[LastUsedDate,ServiceName,Region]' --output text
${OFF}`,
    },
    {
      name: 'the whole request with --cli-input-json',
      script: `${LAST_USED}aws iam update-access-key --cli-input-json '{"UserName":"web-app","AccessKeyId":"${LEAKED}","Status":"Inactive"}'
`,
    },
    {
      name: '--option=value forms and a variable',
      script: `key=${LEAKED}
aws iam get-access-key-last-used --access-key-id="$key"
aws iam update-access-key --status=Inactive --access-key-id="$key" --user-name=web-app
`,
    },
    {
      name: 'a wrong status value first, then the right one',
      script: `${LAST_USED}aws iam update-access-key --user-name web-app --access-key-id ${LEAKED} --status inactive
${OFF}aws iam list-access-keys --user-name web-app --query 'AccessKeyMetadata[].[AccessKeyId,Status]' --output text
`,
    },
    {
      name: 'the request from a file://',
      script: `printf '{"UserName": "web-app", "AccessKeyId": "%s", "Status": "Inactive"}\\n' ${LEAKED} > off.json
${LAST_USED}aws iam update-access-key --cli-input-json file://off.json
`,
    },
    {
      name: 'last use checked for both keys, yaml output',
      script: `for k in ${KEPT} ${LEAKED}; do aws iam get-access-key-last-used --access-key-id "$k" --output yaml; done
${OFF}`,
    },
  ],
  wrongAttempts: [
    {
      name: 'the leaked key deleted',
      script: `${LAST_USED}aws iam delete-access-key --user-name web-app --access-key-id ${LEAKED}\n`,
      failsCheck: 'leaked-inactive',
      message: `The key \`${LEAKED}\` does not exist (any more).`,
    },
    {
      name: 'the key the application uses deactivated instead',
      script: `${LAST_USED}aws iam update-access-key --user-name web-app --access-key-id ${KEPT} --status Inactive\n`,
      failsCheck: 'leaked-inactive',
      message: `The key \`${LEAKED}\` of \`web-app\` is Active, not Inactive`,
    },
    {
      name: 'both keys deactivated',
      script: `${LAST_USED}${OFF}aws iam update-access-key --user-name web-app --access-key-id ${KEPT} --status Inactive\n`,
      failsCheck: 'other-active',
      message: `The key \`${KEPT}\` of \`web-app\` is Inactive, not Active`,
    },
    {
      name: 'status in lower case (IAM rejects it)',
      script: `${LAST_USED}aws iam update-access-key --user-name web-app --access-key-id ${LEAKED} --status inactive\n`,
      failsCheck: 'leaked-inactive',
      message: `The key \`${LEAKED}\` of \`web-app\` is Active, not Inactive`,
    },
    {
      name: 'no --user-name (IAM looks on the caller, sample_user)',
      script: `${LAST_USED}aws iam update-access-key --access-key-id ${LEAKED} --status Inactive\n`,
      failsCheck: 'leaked-inactive',
      message: `The key \`${LEAKED}\` of \`web-app\` is Active, not Inactive`,
    },
    {
      name: 'deactivated, then switched on again',
      script: `${LAST_USED}${OFF}aws iam update-access-key --user-name web-app --access-key-id ${LEAKED} --status Active\n`,
      failsCheck: 'leaked-inactive',
      message: `The key \`${LEAKED}\` of \`web-app\` is Active, not Inactive`,
    },
    {
      name: 'never looked at its last use',
      script: OFF,
      failsCheck: 'last-used',
      message: `Run \`${LAST_USED.trim()}\` (it has not run yet).`,
    },
    {
      name: 'the last use of the other key only',
      script: `aws iam get-access-key-last-used --access-key-id ${KEPT}\n${OFF}`,
      failsCheck: 'last-used',
      message: `Run \`${LAST_USED.trim()}\` (it has not run yet).`,
    },
  ],
});
