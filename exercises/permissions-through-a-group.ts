// IAM users 5: give a user permissions through a group (group policy, membership, nothing on the user).
import {
  accountWithUsers,
  configuredDefaultProfileFiles,
  defineExercise,
  iamUser,
  noDirectPolicies,
} from '@/lib/grader';

const ARN = 'arn:aws:iam::aws:policy/IAMReadOnlyAccess';
const GROUP = 'aws iam create-group --group-name auditors\n';
const ATTACH = `aws iam attach-group-policy --group-name auditors --policy-arn ${ARN}\n`;
const ADD = 'aws iam add-user-to-group --group-name auditors --user-name ana\n';

export default defineExercise({
  id: 'permissions-through-a-group',
  title: 'Permissions through a group',
  goal: `\`ana\` joins the audit team and needs to read IAM. Give her that through a group, not on her
user, working from your default (administrator) profile.

1. Create a group \`auditors\` and attach the AWS managed policy \`IAMReadOnlyAccess\` to it.
2. Add \`ana\` to the group.
3. \`ana\` herself has no policy attached.`,
  setup: {
    files: configuredDefaultProfileFiles(),
    account: accountWithUsers({ userName: 'ana', userId: 'AIDAJANAAUDITOREXAMP' }),
  },
  checks: [
    iamUser({
      id: 'in-group',
      label: '`ana` is in the group `auditors`',
      userName: 'ana',
      groups: ['auditors'],
    }),
    iamUser({
      id: 'group-policy',
      label: '`ana` has `IAMReadOnlyAccess` through her group',
      userName: 'ana',
      policies: ['IAMReadOnlyAccess'],
    }),
    noDirectPolicies({ id: 'nothing-on-user', label: '`ana` has no policy of her own', userName: 'ana' }),
  ],
  hints: [
    'Three commands: `create-group`, `attach-group-policy`, `add-user-to-group`. Check with `aws iam list-groups-for-user --user-name ana`.',
    `AWS managed policies live under the account \`aws\`: the ARN is \`${ARN}\`.`,
    `Run \`${GROUP.trim()}\`, \`${ATTACH.trim()}\`, then \`${ADD.trim()}\`.`,
  ],
  solution: `${GROUP}${ATTACH}${ADD}aws iam list-groups-for-user --user-name ana\n`,
  // Decided with aws 2.9.19 against the loopback stub (lib/aws/fixtures/iam/groups.json, policies.json)
  // and the IAM API reference (AttachGroupPolicy: NoSuchEntity for a policy ARN that does not exist).
  alternatives: [
    { name: 'the user added before the policy', script: `${GROUP}${ADD}${ATTACH}` },
    {
      name: 'a group with a path',
      script: `aws iam create-group --group-name auditors --path /audit/\n${ATTACH}${ADD}aws iam get-group --group-name auditors\n`,
    },
    {
      name: 'the ARN in a variable, checked with list-attached-group-policies',
      script: `arn=${ARN}
${GROUP}aws iam attach-group-policy --group-name auditors --policy-arn "$arn"
aws iam list-attached-group-policies --group-name auditors --query 'AttachedPolicies[].PolicyName' --output text
${ADD}`,
    },
    {
      name: 'every request with --cli-input-json',
      script: `aws iam create-group --cli-input-json '{"GroupName":"auditors"}'
aws iam attach-group-policy --cli-input-json '{"GroupName":"auditors","PolicyArn":"${ARN}"}'
aws iam add-user-to-group --cli-input-json '{"GroupName":"auditors","UserName":"ana"}'
`,
    },
    {
      name: 'attached to ana first, then moved to the group',
      script: `aws iam attach-user-policy --user-name ana --policy-arn ${ARN}
${GROUP}${ATTACH}${ADD}aws iam detach-user-policy --user-name ana --policy-arn ${ARN}
aws iam list-attached-user-policies --user-name ana
`,
    },
    {
      name: 'a second member and the group listed as text',
      script: `${GROUP}${ATTACH}${ADD}aws iam add-user-to-group --group-name auditors --user-name example_1
aws iam list-groups-for-user --user-name ana --output text
`,
    },
    {
      name: 'a loop over the steps (an ana in another group too)',
      script: `aws iam create-group --group-name everyone
aws iam add-user-to-group --group-name everyone --user-name ana
${GROUP}${ATTACH}for u in ana; do aws iam add-user-to-group --group-name auditors --user-name "$u"; done
`,
    },
  ],
  wrongAttempts: [
    {
      name: 'the policy attached to ana directly, no group',
      script: `aws iam attach-user-policy --user-name ana --policy-arn ${ARN}\n`,
      failsCheck: 'in-group',
      message:
        '`ana` is not in the group `auditors`: `aws iam add-user-to-group --group-name auditors --user-name ana`.',
    },
    {
      name: 'the group set up, and the policy on ana as well',
      script: `${GROUP}${ATTACH}${ADD}aws iam attach-user-policy --user-name ana --policy-arn ${ARN}\n`,
      failsCheck: 'nothing-on-user',
      message: '`ana` has `IAMReadOnlyAccess` attached directly',
    },
    {
      name: 'ReadOnlyAccess (every service) instead of IAMReadOnlyAccess',
      script: `${GROUP}aws iam attach-group-policy --group-name auditors --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess\n${ADD}`,
      failsCheck: 'group-policy',
      message: '`ana` does not have the policy `IAMReadOnlyAccess` (it has: `ReadOnlyAccess`).',
    },
    {
      name: 'the managed policy ARN written with the account id (NoSuchEntity)',
      script: `${GROUP}aws iam attach-group-policy --group-name auditors --policy-arn arn:aws:iam::123456789012:policy/IAMReadOnlyAccess\n${ADD}`,
      failsCheck: 'group-policy',
      message: '`ana` does not have the policy `IAMReadOnlyAccess` (it has: no policies).',
    },
    {
      name: 'a typo in the group name',
      script: `aws iam create-group --group-name auditor\naws iam attach-group-policy --group-name auditor --policy-arn ${ARN}\naws iam add-user-to-group --group-name auditor --user-name ana\n`,
      failsCheck: 'in-group',
      message: '`ana` is not in the group `auditors`',
    },
    {
      name: 'ana added, then removed again',
      script: `${GROUP}${ATTACH}${ADD}aws iam remove-user-from-group --group-name auditors --user-name ana\n`,
      failsCheck: 'in-group',
      message: '`ana` is not in the group `auditors`',
    },
    {
      name: 'the wrong user added to the group',
      script: `${GROUP}${ATTACH}aws iam add-user-to-group --group-name auditors --user-name example_1\n`,
      failsCheck: 'in-group',
      message: '`ana` is not in the group `auditors`',
    },
    {
      name: 'the policy detached from the group at the end',
      script: `${GROUP}${ATTACH}${ADD}aws iam detach-group-policy --group-name auditors --policy-arn ${ARN}\n`,
      failsCheck: 'group-policy',
      message: '`ana` does not have the policy `IAMReadOnlyAccess` (it has: no policies).',
    },
  ],
});
