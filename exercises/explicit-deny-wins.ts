// IAM Policies, exercise 3: example_1 keeps AdministratorAccess, an explicit Deny stops it deleting reports.
import { defineExercise, iamUser, ranCommand, s3Object, userBehaviour } from '@/lib/grader';
import { deletes } from './shared/bucket-calls';
import {
  ADMIN_ARN,
  BUCKET,
  BUCKET_ARN,
  OTHER_BUCKET,
  policyArn,
  policyText,
  reportsSetup,
} from './shared/reports-account';

const objects = `${BUCKET_ARN}/*`;
const deny = policyText({ Effect: 'Deny', Action: 's3:DeleteObject', Resource: objects });
const write = (text: string, file = 'no-delete.json') => `cat > ${file} <<'EOF'\n${text}\nEOF\n`;
const put = `aws iam put-user-policy --user-name example_1 --policy-name NoDeleteReports --policy-document file://no-delete.json\n`;
const prove = `aws s3 rm s3://${BUCKET}/2026/q1.csv --profile example_1\n`;
const Q1 = 'region,revenue\neu,120\nus,340\n';

export default defineExercise({
  id: 'explicit-deny-wins',
  title: 'An explicit Deny beats AdministratorAccess',
  goal: `\`example_1\` has \`AdministratorAccess\`. Keep it, but make sure \`example_1\` can **never delete an object
in \`${BUCKET}\`**, whatever else it is allowed. Everything else stays allowed (reading and writing the reports,
deleting elsewhere, IAM).

Then prove it: as \`example_1\`, try to delete \`s3://${BUCKET}/2026/q1.csv\`. AWS must refuse, and the report stays.`,
  setup: reportsSetup({ attached: [ADMIN_ARN] }),
  checks: [
    iamUser({
      id: 'admin-kept',
      label: '`example_1` still has `AdministratorAccess`',
      userName: 'example_1',
      policies: [ADMIN_ARN],
    }),
    userBehaviour({
      id: 'deny-wins',
      label: `\`example_1\` may do everything except delete objects in \`${BUCKET}\``,
      userName: 'example_1',
      allows: [
        { action: 's3:GetObject', resource: `${BUCKET_ARN}/2026/q1.csv` },
        { action: 's3:PutObject', resource: `${BUCKET_ARN}/2026/q3.csv` },
        { action: 's3:DeleteObject', resource: `arn:aws:s3:::${OTHER_BUCKET}/beach.jpg` },
        { action: 'iam:ListUsers', resource: 'arn:aws:iam::123456789012:user/' },
      ],
      denies: [
        { action: 's3:DeleteObject', resource: `${BUCKET_ARN}/2026/q1.csv` },
        { action: 's3:DeleteObject', resource: `${BUCKET_ARN}/README.txt` },
      ],
      fixAllow: 'Deny only `s3:DeleteObject`, only on this bucket’s objects.',
      fixDeny: `Add a statement with \`"Effect": "Deny"\`, \`"Action": "s3:DeleteObject"\` and \`"Resource": "${objects}"\`.`,
    }),
    ranCommand({
      id: 'proved',
      label: '`example_1` tried to delete a report and was refused',
      display: prove.trim(),
      matches: (r) => deletes(r) && r.aws?.outcome === 'access-denied',
      anyExitCode: true,
      aws: { identity: 'example_1' },
    }),
    s3Object({
      id: 'report-kept',
      label: '`2026/q1.csv` is still in the bucket',
      bucket: BUCKET,
      key: '2026/q1.csv',
      content: Q1,
    }),
  ],
  hints: [
    'An explicit Deny in any policy that applies wins over every Allow. Add a policy; do not take AdministratorAccess away.',
    `The Deny's Resource is the objects, \`${objects}\`, not the bucket.`,
    `Write \`{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "s3:DeleteObject", "Resource": "${objects}"}]}\` to \`no-delete.json\`, run \`${put.trim()}\`, then \`${prove.trim()}\`.`,
  ],
  solution: `${write(deny)}${put}${prove}`,
  alternatives: [
    {
      name: 'a customer managed policy, attached',
      script: `${write(deny)}aws iam create-policy --policy-name NoDeleteReports --policy-document file://no-delete.json\naws iam attach-user-policy --user-name example_1 --policy-arn ${policyArn('NoDeleteReports')}\n${prove}`,
    },
    {
      name: 'a managed Deny through a group',
      script: `${write(deny)}aws iam create-policy --policy-name NoDeleteReports --policy-document file://no-delete.json\naws iam create-group --group-name NoDeleters\naws iam attach-group-policy --group-name NoDeleters --policy-arn ${policyArn('NoDeleteReports')}\naws iam add-user-to-group --group-name NoDeleters --user-name example_1\n${prove}`,
    },
    {
      name: 'every delete of an object version or tag too (s3:DeleteObject*)',
      script: `${write(policyText({ Effect: 'Deny', Action: 's3:DeleteObject*', Resource: objects }))}${put}${prove}`,
    },
    {
      name: 'the document inline, proved with s3api delete-object',
      script: `aws iam put-user-policy --user-name example_1 --policy-name NoDeleteReports --policy-document '{"Version":"2012-10-17","Statement":[{"Sid":"NeverDeleteReports","Effect":"Deny","Action":"s3:DeleteObject","Resource":"${objects}"}]}'\naws s3api delete-object --bucket ${BUCKET} --key 2026/q1.csv --profile example_1\n`,
    },
    {
      name: 'put-user-policy with --cli-input-json',
      script: `cat > input.json <<'EOF'\n${JSON.stringify({ UserName: 'example_1', PolicyName: 'NoDeleteReports', PolicyDocument: JSON.stringify(JSON.parse(deny)) }, null, 2)}\nEOF\naws iam put-user-policy --cli-input-json file://input.json\n${prove}`,
    },
    {
      name: 'proved first with simulate-principal-policy, then with the CLI under AWS_PROFILE',
      script: `${write(deny)}${put}aws iam simulate-principal-policy --policy-source-arn arn:aws:iam::123456789012:user/example_1 --action-names s3:DeleteObject s3:GetObject --resource-arns ${BUCKET_ARN}/2026/q1.csv --query 'EvaluationResults[].[EvalActionName,EvalDecision]' --output text\nexport AWS_PROFILE=example_1\naws s3 rm s3://${BUCKET}/2026/q1.csv\n`,
    },
    {
      name: 'a --recursive delete attempt is refused too',
      script: `${write(deny)}${put}aws s3 rm s3://${BUCKET}/2026/ --recursive --profile example_1\n`,
    },
  ],
  wrongAttempts: [
    {
      name: 'the Deny on the bucket ARN (objects are not covered)',
      script: `${write(policyText({ Effect: 'Deny', Action: 's3:DeleteObject', Resource: BUCKET_ARN }))}${put}${prove}`,
      failsCheck: 'deny-wins',
      message: `\`example_1\` should not be allowed \`s3:DeleteObject\` on \`${BUCKET_ARN}/2026/q1.csv\`, but statement 0 of user example_1: managed policy ${ADMIN_ARN} allows it.`,
    },
    {
      name: 'AdministratorAccess detached instead',
      script: `aws iam detach-user-policy --user-name example_1 --policy-arn ${ADMIN_ARN}\n${prove}`,
      failsCheck: 'admin-kept',
      message: '`example_1` does not have the policy `AdministratorAccess` (it has: no policies).',
    },
    {
      name: 'every S3 action denied on the bucket (reads are refused too)',
      script: `${write(policyText({ Effect: 'Deny', Action: 's3:*', Resource: [BUCKET_ARN, objects] }))}${put}${prove}`,
      failsCheck: 'deny-wins',
      message: `\`example_1\` should be allowed \`s3:GetObject\` on \`${BUCKET_ARN}/2026/q1.csv\`, but is not: statement 0 of user example_1: inline policy NoDeleteReports denies it.`,
    },
    {
      name: 'a misspelt action (s3:DeleteObjects) matches nothing',
      script: `${write(policyText({ Effect: 'Deny', Action: 's3:DeleteObjects', Resource: objects }))}${put}${prove}`,
      failsCheck: 'deny-wins',
      message: 'should not be allowed `s3:DeleteObject`',
    },
    {
      name: 'the Deny given to the admin instead',
      script: `${write(deny)}aws iam put-user-policy --user-name sample_user --policy-name NoDeleteReports --policy-document file://no-delete.json\n${prove}`,
      failsCheck: 'report-kept',
      message: '`s3://example-1-reports/2026/q1.csv` does not exist yet',
    },
    {
      name: 'the proof run as the admin (it deletes the report)',
      script: `${write(deny)}${put}aws s3 rm s3://${BUCKET}/2026/q1.csv\n`,
      failsCheck: 'report-kept',
      message: '`s3://example-1-reports/2026/q1.csv` does not exist yet',
    },
    {
      name: 'the delete tried before the Deny existed',
      script: `${prove}${write(deny)}${put}`,
      failsCheck: 'report-kept',
      message: '`s3://example-1-reports/2026/q1.csv` does not exist yet',
    },
    {
      name: 'the Deny written but never put',
      script: `${write(deny)}aws s3 rm s3://${BUCKET}/README.txt --profile example_1\n`,
      failsCheck: 'deny-wins',
      message: 'should not be allowed `s3:DeleteObject`',
    },
  ],
});
