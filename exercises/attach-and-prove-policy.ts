// IAM Policies, exercise 2: example_1 is refused, the admin attaches ReportsReadOnly, example_1 reads a report.
import type { ExecutionRecord } from '@/lib/shell/types';
import { onBucket, reads } from './shared/bucket-calls';
import { defineExercise, iamUser, ranCommand, type GradeState } from '@/lib/grader';
import {
  BUCKET,
  managedPolicy,
  policyArn,
  policyText,
  BUCKET_ARN,
  reportsSetup,
} from './shared/reports-account';

const POLICY = 'ReportsReadOnly';
const ARN = policyArn(POLICY);
const document = policyText(
  { Effect: 'Allow', Action: 's3:ListBucket', Resource: BUCKET_ARN },
  { Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET_ARN}/*` },
);

const deniedOn = (r: ExecutionRecord, _s: GradeState) => onBucket(r) && r.aws?.outcome === 'access-denied';

const denyFirst = `aws s3 ls s3://${BUCKET} --profile example_1`;
const attach = `aws iam attach-user-policy --user-name example_1 --policy-arn ${ARN}`;
const read = `aws s3 cp s3://${BUCKET}/2026/q1.csv - --profile example_1`;

export default defineExercise({
  id: 'attach-and-prove-policy',
  title: 'Attach a policy and prove it works',
  goal: `The customer managed policy \`${POLICY}\` exists (it lists \`${BUCKET}\` and reads its objects), but nobody
has it. The profile \`example_1\` is the user \`example_1\`, who has no permissions yet; \`default\` is the admin.

1. As \`example_1\`, try to list or read the bucket: see AWS refuse.
2. As the admin, give \`example_1\` the policy.
3. As \`example_1\`, read the object \`2026/q1.csv\`.`,
  setup: reportsSetup({ policies: [managedPolicy(POLICY, 'ANPAEXAMPLEREPORTS01', document)] }),
  checks: [
    ranCommand({
      id: 'denied-first',
      label: '`example_1` was refused (AccessDenied) on the bucket',
      display: denyFirst,
      matches: deniedOn,
      anyExitCode: true,
      aws: { identity: 'example_1' },
    }),
    iamUser({
      id: 'attached',
      label: `\`example_1\` has \`${POLICY}\` (directly or through a group)`,
      userName: 'example_1',
      policies: [ARN],
    }),
    ranCommand({
      id: 'read',
      label: '`example_1` read `2026/q1.csv`',
      display: read,
      matches: reads,
      aws: { identity: 'example_1' },
    }),
  ],
  hints: [
    '`--profile example_1` makes one command act as example_1; without it you are the admin.',
    `Managed policies are attached by ARN: \`${ARN}\`.`,
    `Run \`${denyFirst}\`, then \`${attach}\`, then \`${read}\`.`,
  ],
  solution: `${denyFirst}\n${attach}\n${read}\n`,
  alternatives: [
    {
      name: 's3api get-object into a file',
      script: `aws s3api get-object --bucket ${BUCKET} --key 2026/q1.csv q1.csv --profile example_1\n${attach}\naws s3api get-object --bucket ${BUCKET} --key 2026/q1.csv q1.csv --profile example_1\ncat q1.csv\n`,
    },
    {
      name: 'through a group',
      script: `${denyFirst}\naws iam create-group --group-name Readers\naws iam attach-group-policy --group-name Readers --policy-arn ${ARN}\naws iam add-user-to-group --group-name Readers --user-name example_1\n${read}\n`,
    },
    {
      name: 'AWS_PROFILE exported for the tries, --profile default for the admin',
      script: `export AWS_PROFILE=example_1\naws s3 cp s3://${BUCKET}/2026/q1.csv -\n${attach} --profile default\naws s3 cp s3://${BUCKET}/2026/q1.csv q1.csv\ncat q1.csv\n`,
    },
    {
      name: 'the ARN looked up with --query',
      script: `${denyFirst}\narn=$(aws iam list-policies --scope Local --query "Policies[?PolicyName=='${POLICY}'].Arn" --output text)\naws iam attach-user-policy --user-name example_1 --policy-arn "$arn"\n${read}\n`,
    },
    {
      name: 'example_1 keys exported in the environment',
      script: `${denyFirst}\n${attach}\nexport AWS_ACCESS_KEY_ID=$(aws configure get aws_access_key_id --profile example_1)\nexport AWS_SECRET_ACCESS_KEY=$(aws configure get aws_secret_access_key --profile example_1)\naws sts get-caller-identity\naws s3 cp s3://${BUCKET}/2026/q1.csv ./q1.csv\n`,
    },
    {
      name: 'listed after attaching, then read with s3api',
      script: `${denyFirst}\n${attach}\naws iam list-attached-user-policies --user-name example_1\naws s3 ls s3://${BUCKET} --recursive --profile example_1\naws s3api get-object --bucket ${BUCKET} --key 2026/q1.csv report.csv --profile example_1\n`,
    },
    {
      name: 'checked with simulate-principal-policy before reading',
      script: `${denyFirst}\n${attach}\naws iam simulate-principal-policy --policy-source-arn arn:aws:iam::123456789012:user/example_1 --action-names s3:GetObject --resource-arns ${BUCKET_ARN}/2026/q1.csv --query 'EvaluationResults[].EvalDecision' --output text\n${read}\n`,
    },
  ],
  wrongAttempts: [
    {
      name: 'attached to the admin instead of example_1',
      script: `${denyFirst}\naws iam attach-user-policy --user-name sample_user --policy-arn ${ARN}\n${read}\n`,
      failsCheck: 'attached',
      message: '`example_1` does not have the policy `ReportsReadOnly` (it has: no policies).',
    },
    {
      name: 'an AWS managed policy instead of ReportsReadOnly',
      script: `${denyFirst}\naws iam attach-user-policy --user-name example_1 --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess\n${read}\n`,
      failsCheck: 'attached',
      message: '`example_1` does not have the policy `ReportsReadOnly`',
    },
    {
      name: 'never tried before the policy was attached',
      script: `${attach}\n${read}\n`,
      failsCheck: 'denied-first',
      message: `Run \`${denyFirst}\` (it has not run yet).`,
    },
    {
      name: 'the read made as the admin (no --profile)',
      script: `${denyFirst}\n${attach}\naws s3 cp s3://${BUCKET}/2026/q1.csv -\n`,
      failsCheck: 'read',
      message: '`aws s3 cp s3://example-1-reports/2026/q1.csv - --profile example_1` ran as `sample_user`',
    },
    {
      name: 'only listed after attaching, never read an object',
      script: `${denyFirst}\n${attach}\n${denyFirst}\n`,
      failsCheck: 'read',
      message: `Run \`${read}\` (it has not run yet).`,
    },
    {
      name: 'a key that does not exist (the read fails)',
      script: `${denyFirst}\n${attach}\naws s3 cp s3://${BUCKET}/2026/q9.csv - --profile example_1\n`,
      failsCheck: 'read',
      message: 'failed (exit status 1); fix it and run it again.',
    },
    {
      name: 'the first try as the admin (it is allowed, so nothing was refused)',
      script: `aws s3 ls s3://${BUCKET}\n${attach}\n${read}\n`,
      failsCheck: 'denied-first',
      message: `Run \`${denyFirst}\` (it has not run yet).`,
    },
  ],
});
