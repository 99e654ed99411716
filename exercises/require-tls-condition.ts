// IAM Policies, exercise 6: a Condition on aws:SecureTransport so that example_1 reads the reports over TLS only.
// Judged by evaluating example_1's policies with the key true (the CLI's HTTPS) and false (plain HTTP).
import { defineExercise, ranCommand, userBehaviour } from '@/lib/grader';
import { reads } from './shared/bucket-calls';
import {
  BUCKET,
  BUCKET_ARN,
  PRIVATE_BUCKET,
  policyArn,
  policyText,
  reportsSetup,
} from './shared/reports-account';

const INLINE = 'read-reports';
const objects = `${BUCKET_ARN}/*`;
const plain = { 'aws:SecureTransport': 'false' };
const tls = { Bool: { 'aws:SecureTransport': 'true' } };
const start = policyText(
  { Sid: 'List', Effect: 'Allow', Action: 's3:ListBucket', Resource: BUCKET_ARN },
  { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: objects },
);
const withTls = policyText(
  { Sid: 'List', Effect: 'Allow', Action: 's3:ListBucket', Resource: BUCKET_ARN, Condition: tls },
  { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: objects, Condition: tls },
);
const denyPlain = (resource: string | string[] = [BUCKET_ARN, objects], action = 's3:*') =>
  policyText({
    Effect: 'Deny',
    Action: action,
    Resource: resource,
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  });
const write = (text: string, file = 'tls.json') => `cat > ${file} <<'EOF'\n${text}\nEOF\n`;
const put = (name = INLINE, file = 'tls.json') =>
  `aws iam put-user-policy --user-name example_1 --policy-name ${name} --policy-document file://${file}\n`;
const read = `aws s3 cp s3://${BUCKET}/2026/q1.csv - --profile example_1\n`;

export default defineExercise({
  id: 'require-tls-condition',
  title: 'Only over TLS: a Condition',
  goal: `\`example_1\`'s inline policy \`${INLINE}\` lets it list \`${BUCKET}\` and read its objects. Add a
**Condition** so that these requests are allowed only when they arrive over TLS (HTTPS): a request sent over
plain HTTP must be refused, and nothing else may become allowed. Then download \`2026/q1.csv\` as
\`example_1\` (the CLI uses HTTPS, so it must still work).`,
  setup: reportsSetup({ inline: { [INLINE]: start } }),
  checks: [
    userBehaviour({
      id: 'tls-only',
      label: '`example_1` reads and lists the reports over TLS, never over plain HTTP',
      userName: 'example_1',
      allows: [
        { action: 's3:GetObject', resource: `${BUCKET_ARN}/2026/q1.csv` },
        { action: 's3:ListBucket', resource: BUCKET_ARN },
      ],
      denies: [
        { action: 's3:GetObject', resource: `${BUCKET_ARN}/2026/q1.csv`, context: plain },
        { action: 's3:ListBucket', resource: BUCKET_ARN, context: plain },
        { action: 's3:PutObject', resource: `${BUCKET_ARN}/2026/q1.csv` },
        { action: 's3:GetObject', resource: `arn:aws:s3:::${PRIVATE_BUCKET}/salaries.csv` },
      ],
      fixAllow:
        'Requests from the CLI arrive with `aws:SecureTransport` = `true`: check the operator, the key and the value.',
      fixDeny:
        'Over plain HTTP `aws:SecureTransport` is `false`: add `"Condition": {"Bool": {"aws:SecureTransport": "true"}}` to the Allow statements, or a Deny with `"false"`.',
    }),
    ranCommand({
      id: 'read',
      label: '`example_1` downloaded `2026/q1.csv`',
      display: read.trim(),
      matches: reads,
      aws: { identity: 'example_1' },
    }),
  ],
  hints: [
    'AWS sets the key `aws:SecureTransport` on every request: `true` over HTTPS, `false` over plain HTTP.',
    'Either put `"Condition": {"Bool": {"aws:SecureTransport": "true"}}` on both Allow statements, or add a Deny statement whose condition is `"false"`.',
    `Write the two Allow statements with that Condition to \`tls.json\`, run \`${put().trim()}\` (it replaces the policy), then \`${read.trim()}\`.`,
  ],
  solution: `${write(withTls)}${put()}${read}`,
  alternatives: [
    {
      name: 'a separate inline Deny for plain HTTP',
      script: `${write(denyPlain())}${put('deny-plain-http')}${read}`,
    },
    {
      name: 'a Deny with BoolIfExists, in the same policy',
      script: `${write(policyText({ Sid: 'List', Effect: 'Allow', Action: 's3:ListBucket', Resource: BUCKET_ARN }, { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: objects }, { Sid: 'NoPlainHttp', Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } } }))}${put()}${read}`,
    },
    {
      name: 'a customer managed Deny, attached',
      script: `${write(denyPlain('*'))}aws iam create-policy --policy-name DenyPlainHttp --policy-document file://tls.json\naws iam attach-user-policy --user-name example_1 --policy-arn ${policyArn('DenyPlainHttp')}\n${read}`,
    },
    {
      name: 'the policy fetched, edited with --query output, put back inline',
      script: `aws iam get-user-policy --user-name example_1 --policy-name ${INLINE} --query PolicyDocument --output json\naws iam put-user-policy --user-name example_1 --policy-name ${INLINE} --policy-document '${JSON.stringify(JSON.parse(withTls))}'\n${read}`,
    },
    {
      name: 'only the two actions denied over plain HTTP',
      script: `${write(denyPlain([BUCKET_ARN, objects], 's3:GetObject'))}${put('deny-plain-get')}${write(denyPlain(BUCKET_ARN, 's3:ListBucket'), 'list.json')}${put('deny-plain-list', 'list.json')}${read}`,
    },
    {
      name: 'put-user-policy with --cli-input-json, read with s3api',
      script: `cat > input.json <<'EOF'\n${JSON.stringify({ UserName: 'example_1', PolicyName: INLINE, PolicyDocument: JSON.stringify(JSON.parse(withTls)) }, null, 2)}\nEOF\naws iam put-user-policy --cli-input-json file://input.json\naws s3api get-object --bucket ${BUCKET} --key 2026/q1.csv q1.csv --profile example_1\n`,
    },
    {
      name: 'checked with simulate-principal-policy first',
      script: `${write(withTls)}${put()}aws iam simulate-principal-policy --policy-source-arn arn:aws:iam::123456789012:user/example_1 --action-names s3:GetObject --resource-arns ${BUCKET_ARN}/2026/q1.csv --query 'EvaluationResults[].EvalDecision' --output text\n${read}`,
    },
  ],
  wrongAttempts: [
    {
      name: 'no condition at all (plain HTTP still allowed)',
      script: read,
      failsCheck: 'tls-only',
      message: `\`example_1\` should not be allowed \`s3:GetObject\` on \`${BUCKET_ARN}/2026/q1.csv\`, but statement 1 (Sid Read) of user example_1: inline policy ${INLINE} allows it.`,
    },
    {
      name: 'the condition inverted on the Allow ("false")',
      script: `${write(policyText({ Sid: 'List', Effect: 'Allow', Action: 's3:ListBucket', Resource: BUCKET_ARN, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }, { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: objects, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }))}${put()}${read}`,
      failsCheck: 'tls-only',
      message: 'should be allowed `s3:GetObject` on `arn:aws:s3:::example-1-reports/2026/q1.csv`, but is not',
    },
    {
      name: 'the condition only on the listing statement',
      script: `${write(policyText({ Sid: 'List', Effect: 'Allow', Action: 's3:ListBucket', Resource: BUCKET_ARN, Condition: tls }, { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: objects }))}${put()}${read}`,
      failsCheck: 'tls-only',
      message: 'but statement 1 (Sid Read) of user example_1: inline policy read-reports allows it.',
    },
    {
      name: 'a misspelt key (aws:SecureTransports) in a Deny never matches',
      script: `${write(policyText({ Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransports': 'false' } } }))}${put('deny-plain-http')}${read}`,
      failsCheck: 'tls-only',
      message: 'should not be allowed `s3:GetObject`',
    },
    {
      name: 'a Deny on the bucket ARN only (objects still readable over HTTP)',
      script: `${write(denyPlain(BUCKET_ARN))}${put('deny-plain-http')}${read}`,
      failsCheck: 'tls-only',
      message: `should not be allowed \`s3:GetObject\` on \`${BUCKET_ARN}/2026/q1.csv\``,
    },
    {
      name: 'a Deny without a condition (TLS refused too)',
      script: `${write(policyText({ Effect: 'Deny', Action: 's3:*', Resource: '*' }))}${put('deny-plain-http')}${read}`,
      failsCheck: 'tls-only',
      message:
        'should be allowed `s3:GetObject` on `arn:aws:s3:::example-1-reports/2026/q1.csv`, but is not: statement 0 of user example_1: inline policy deny-plain-http denies it.',
    },
    {
      name: 'the condition added to a file but never put',
      script: `${write(withTls)}${read}`,
      failsCheck: 'tls-only',
      message: 'should not be allowed `s3:GetObject`',
    },
    {
      name: 'downloaded as the admin',
      script: `${write(withTls)}${put()}aws s3 cp s3://${BUCKET}/2026/q1.csv -\n`,
      failsCheck: 'read',
      message: 'ran as `sample_user`',
    },
  ],
});
