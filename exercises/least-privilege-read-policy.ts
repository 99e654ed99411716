// IAM Policies, exercise 1: a customer managed policy that lists one bucket and reads its objects, nothing more,
// tested with simulate-custom-policy first. Judged by evaluation: any policy with exactly that effect passes.
import { defineExercise, isAws, policyBehaviour, ranCommand } from '@/lib/grader';
import {
  BUCKET,
  BUCKET_ARN,
  OTHER_BUCKET,
  PRIVATE_BUCKET,
  policyText,
  reportsSetup,
} from './shared/reports-account';

const POLICY = 'ReportsReadOnly';
const objects = `${BUCKET_ARN}/*`;
const exact = policyText(
  { Effect: 'Allow', Action: 's3:ListBucket', Resource: BUCKET_ARN },
  { Effect: 'Allow', Action: 's3:GetObject', Resource: objects },
);
/** Writes `text` to ~/reports-read.json with a here-doc, as a learner would. */
const write = (text: string, file = 'reports-read.json') => `cat > ${file} <<'EOF'\n${text}\nEOF\n`;
const simulate = `aws iam simulate-custom-policy --policy-input-list "$(cat reports-read.json)" --action-names s3:GetObject s3:PutObject --resource-arns ${BUCKET_ARN}/2026/q1.csv --query 'EvaluationResults[].[EvalActionName,EvalDecision]' --output text\n`;
const create = `aws iam create-policy --policy-name ${POLICY} --policy-document file://reports-read.json\n`;
const route = (text: string) => `${write(text)}${simulate}${create}`;

export default defineExercise({
  id: 'least-privilege-read-policy',
  title: 'Write a least-privilege policy',
  goal: `The default profile is an administrator. Write a customer managed policy named \`${POLICY}\` that
lets its holder **list the bucket \`${BUCKET}\` and read the objects in it**, and nothing else: no writes or
deletes, no other bucket (not even \`${PRIVATE_BUCKET}\`), no bucket settings, not even the list of all buckets.

1. Write the document in a file, and test it with \`aws iam simulate-custom-policy\` before you create anything.
2. Create the policy with \`aws iam create-policy\`.`,
  setup: reportsSetup(),
  checks: [
    ranCommand({
      id: 'simulated',
      label: 'A policy document was tested with `aws iam simulate-custom-policy`',
      display: 'aws iam simulate-custom-policy --policy-input-list "$(cat reports-read.json)" …',
      matches: (r) => isAws(r, 'iam', 'simulate-custom-policy'),
    }),
    policyBehaviour({
      id: 'exact',
      label: `\`${POLICY}\` allows listing \`${BUCKET}\` and reading its objects, and nothing more`,
      policy: { managedPolicy: POLICY },
      allows: [
        { action: 's3:ListBucket', resource: BUCKET_ARN },
        { action: 's3:GetObject', resource: `${BUCKET_ARN}/2026/q1.csv` },
        { action: 's3:GetObject', resource: `${BUCKET_ARN}/README.txt` },
      ],
      denies: [
        { action: 's3:PutObject', resource: `${BUCKET_ARN}/2026/q3.csv` },
        { action: 's3:DeleteObject', resource: `${BUCKET_ARN}/2026/q1.csv` },
        { action: 's3:GetObject', resource: `arn:aws:s3:::${PRIVATE_BUCKET}/salaries.csv` },
        { action: 's3:ListBucket', resource: `arn:aws:s3:::${PRIVATE_BUCKET}` },
        { action: 's3:GetObject', resource: `arn:aws:s3:::${OTHER_BUCKET}/beach.jpg` },
        { action: 's3:ListAllMyBuckets', resource: '*' },
        { action: 's3:GetBucketPolicy', resource: BUCKET_ARN },
        { action: 's3:PutBucketPolicy', resource: BUCKET_ARN },
        { action: 's3:DeleteBucket', resource: BUCKET_ARN },
        { action: 'iam:CreateUser', resource: 'arn:aws:iam::123456789012:user/mallory' },
      ],
    }),
  ],
  hints: [
    'Listing a bucket and reading an object are two actions on two different resources: the bucket, and the objects in it.',
    `\`s3:ListBucket\` applies to \`${BUCKET_ARN}\`; \`s3:GetObject\` applies to objects, \`${objects}\`.`,
    `Put both statements in \`reports-read.json\`, run \`${simulate.trim()}\`, then \`${create.trim()}\`.`,
  ],
  solution: route(exact),
  // Each route was run with the real AWS CLI 2.9.19 against the loopback stub (the CLI side: file://, --cli-input-json,
  // "$(cat …)"); which requests each document allows follows AWS's policy evaluation logic
  // (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html).
  alternatives: [
    {
      name: 'the document inline on the command line',
      script: `${write(exact)}${simulate}aws iam create-policy --policy-name ${POLICY} --policy-document '${JSON.stringify(JSON.parse(exact))}'\n`,
    },
    {
      name: 'one statement per action with Sids, action names in lower case',
      script: route(
        policyText(
          { Sid: 'ListTheBucket', Effect: 'Allow', Action: ['s3:listbucket'], Resource: [BUCKET_ARN] },
          { Sid: 'ReadTheObjects', Effect: 'Allow', Action: ['s3:getobject'], Resource: [objects] },
        ),
      ),
    },
    {
      name: 'every read of an object (s3:GetObject*) and every list of the bucket (s3:ListBucket*)',
      script: route(
        policyText(
          { Effect: 'Allow', Action: 's3:ListBucket*', Resource: BUCKET_ARN },
          { Effect: 'Allow', Action: 's3:GetObject*', Resource: objects },
        ),
      ),
    },
    {
      name: 'allow s3:* on the bucket and its objects, then deny everything that is not the two actions',
      script: route(
        policyText(
          { Effect: 'Allow', Action: 's3:*', Resource: [BUCKET_ARN, objects] },
          { Effect: 'Deny', NotAction: ['s3:ListBucket', 's3:GetObject'], Resource: '*' },
        ),
      ),
    },
    {
      name: 'create-policy with --cli-input-json',
      script: `${write(exact)}${simulate}cat > input.json <<'EOF'\n${JSON.stringify({ PolicyName: POLICY, PolicyDocument: JSON.stringify(JSON.parse(exact)), Description: 'List and read the reports bucket' }, null, 2)}\nEOF\naws iam create-policy --cli-input-json file://input.json\n`,
    },
    {
      name: 'simulated with a JSON list in a file, created with a path and a description',
      script: `${write(exact)}${write(JSON.stringify([JSON.stringify(JSON.parse(exact))]), 'list.json')}aws iam simulate-custom-policy --policy-input-list file://list.json --action-names s3:ListBucket --resource-arns ${BUCKET_ARN}\naws iam create-policy --policy-name ${POLICY} --path /reports/ --description 'List and read the reports bucket' --policy-document file://reports-read.json\n`,
    },
    {
      name: 'a too-broad first try fixed with a new default version',
      script: `${write(policyText({ Effect: 'Allow', Action: 's3:*', Resource: '*' }))}${create}${write(exact)}${simulate}aws iam create-policy-version --policy-arn arn:aws:iam::123456789012:policy/${POLICY} --policy-document file://reports-read.json --set-as-default\n`,
    },
    {
      name: 'a wrong first try deleted and created again',
      script: `${write(policyText({ Effect: 'Allow', Action: 's3:GetObject', Resource: BUCKET_ARN }))}${create}aws iam delete-policy --policy-arn arn:aws:iam::123456789012:policy/${POLICY}\n${route(exact)}`,
    },
  ],
  wrongAttempts: [
    {
      name: 'both actions on the bucket ARN (the objects are not covered)',
      script: route(
        policyText({ Effect: 'Allow', Action: ['s3:ListBucket', 's3:GetObject'], Resource: BUCKET_ARN }),
      ),
      failsCheck: 'exact',
      message: `should allow \`s3:GetObject\` on \`${BUCKET_ARN}/2026/q1.csv\`, but it does not: your policy allows \`s3:GetObject\` on the bucket, not on its objects: use \`${objects}\`.`,
    },
    {
      name: 'both actions on bucket/* (listing needs the bucket ARN)',
      script: route(
        policyText({ Effect: 'Allow', Action: ['s3:ListBucket', 's3:GetObject'], Resource: objects }),
      ),
      failsCheck: 'exact',
      message: `should allow \`s3:ListBucket\` on \`${BUCKET_ARN}\`, but it does not`,
    },
    {
      name: 's3:* on the bucket and its objects',
      script: route(policyText({ Effect: 'Allow', Action: 's3:*', Resource: [BUCKET_ARN, objects] })),
      failsCheck: 'exact',
      message: `should not allow \`s3:PutObject\` on \`${BUCKET_ARN}/2026/q3.csv\`, but statement 0 allows it`,
    },
    {
      name: 'the right actions on every resource',
      script: route(
        policyText({ Effect: 'Allow', Action: ['s3:ListBucket', 's3:GetObject'], Resource: '*' }),
      ),
      failsCheck: 'exact',
      message: `should not allow \`s3:GetObject\` on \`arn:aws:s3:::${PRIVATE_BUCKET}/salaries.csv\`, but statement 0 allows it`,
    },
    {
      name: 'a bucket name ending in * also matches example-1-reports-private',
      script: route(
        policyText(
          { Effect: 'Allow', Action: 's3:ListBucket', Resource: `${BUCKET_ARN}*` },
          { Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET_ARN}*/*` },
        ),
      ),
      failsCheck: 'exact',
      message: `should not allow \`s3:GetObject\` on \`arn:aws:s3:::${PRIVATE_BUCKET}/salaries.csv\`, but statement 1 allows it`,
    },
    {
      name: 's3:Get* and s3:List* on the bucket too (bucket settings become readable)',
      script: route(
        policyText({ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: [BUCKET_ARN, objects] }),
      ),
      failsCheck: 'exact',
      message: `should not allow \`s3:GetBucketPolicy\` on \`${BUCKET_ARN}\`, but statement 0 allows it`,
    },
    {
      name: 's3:ListAllMyBuckets added so that `aws s3 ls` works',
      script: route(
        policyText(
          { Effect: 'Allow', Action: 's3:ListBucket', Resource: BUCKET_ARN },
          { Effect: 'Allow', Action: 's3:GetObject', Resource: objects },
          { Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' },
        ),
      ),
      failsCheck: 'exact',
      message: 'should not allow `s3:ListAllMyBuckets` on `*`, but statement 2 allows it',
    },
    {
      name: 'a misspelt action (s3:GetObjects)',
      script: route(
        policyText(
          { Effect: 'Allow', Action: 's3:ListBucket', Resource: BUCKET_ARN },
          { Effect: 'Allow', Action: 's3:GetObjects', Resource: objects },
        ),
      ),
      failsCheck: 'exact',
      message: "`s3:GetObjects` is not the action's name: did you mean `s3:GetObject`?",
    },
    {
      name: 'the file written and simulated, but the policy never created',
      script: `${write(exact)}${simulate}`,
      failsCheck: 'exact',
      message: `There is no managed policy named ${POLICY} yet.`,
    },
    {
      name: 'created without testing it first',
      script: `${write(exact)}${create}`,
      failsCheck: 'simulated',
      message: 'Run `aws iam simulate-custom-policy',
    },
    {
      name: 'a bare file:// document in --policy-input-list (one policy per character: MalformedPolicyDocument)',
      script: `${write(exact)}aws iam simulate-custom-policy --policy-input-list file://reports-read.json --action-names s3:GetObject --resource-arns ${BUCKET_ARN}/2026/q1.csv\n${create}`,
      failsCheck: 'simulated',
      message: 'failed (exit status 254); fix it and run it again.',
    },
  ],
});
