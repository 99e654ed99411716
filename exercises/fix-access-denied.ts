// IAM Policies, exercise 5: a nightly script fails with AccessDenied; read `why`, fix example_1's inline policy so
// the script succeeds as example_1, and allow nothing more.
import { defineExercise, ranCommand, scriptRunsAs, userBehaviour } from '@/lib/grader';
import { BUCKET, BUCKET_ARN, PRIVATE_BUCKET, policyText, reportsSetup } from './shared/reports-account';

const SCRIPT = '~/nightly-report.sh';
const INLINE = 'nightly-report';
const listing = { Sid: 'ListReports', Effect: 'Allow', Action: 's3:ListBucket', Resource: BUCKET_ARN };
const summaries = {
  Sid: 'WriteSummaries',
  Effect: 'Allow',
  Action: 's3:PutObject',
  Resource: `${BUCKET_ARN}/summaries/*`,
};
/** The policy as found: the read statement names a prefix without `/*`, so no object matches it. */
const broken = policyText(
  listing,
  { Sid: 'ReadThisYear', Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET_ARN}/2026` },
  summaries,
);
const fixedWith = (resource: string) =>
  policyText(
    listing,
    { Sid: 'ReadThisYear', Effect: 'Allow', Action: 's3:GetObject', Resource: resource },
    summaries,
  );
const fixed = fixedWith(`${BUCKET_ARN}/2026/*`);
const script = `#!/bin/bash
# Nightly: count this year's first-quarter lines and upload a summary, as example_1.
set -e
export AWS_PROFILE=example_1
cd ~
aws s3 ls s3://${BUCKET}/2026/
aws s3 cp s3://${BUCKET}/2026/q1.csv q1.csv
grep -c , q1.csv > summary.txt
aws s3 cp summary.txt s3://${BUCKET}/summaries/q1.txt
`;
const write = (text: string) => `cat > fixed.json <<'EOF'\n${text}\nEOF\n`;
const put = `aws iam put-user-policy --user-name example_1 --policy-name ${INLINE} --policy-document file://fixed.json\n`;
const diagnose = `bash ${SCRIPT}\nwhy\n`;

export default defineExercise({
  id: 'fix-access-denied',
  title: 'Fix an AccessDenied',
  goal: `\`${SCRIPT}\` runs every night as \`example_1\`: it lists this year's reports, downloads \`2026/q1.csv\`
and uploads a summary to \`summaries/\`. It fails with \`AccessDenied\`.

1. Run it, then run \`why\` to see which request was refused and which statements were considered.
2. Fix \`example_1\`'s inline policy \`${INLINE}\` (you are the admin in the default profile) so that the script
   succeeds, and so that \`example_1\` may do **nothing more** than the script needs: reading the reports of
   2026 (not the other files of the bucket), listing the bucket, writing under \`summaries/\`.`,
  setup: reportsSetup({ inline: { [INLINE]: broken } }, { [SCRIPT]: { content: script, mode: 0o755 } }),
  checks: [
    ranCommand({
      id: 'asked-why',
      label: 'You asked `why` after a refused call',
      display: 'why',
      matches: (r, state) =>
        r.argv[0] === 'why' && state.records.some((a) => a.seq < r.seq && a.aws?.outcome === 'access-denied'),
    }),
    scriptRunsAs({
      id: 'script-succeeds',
      label: `\`bash ${SCRIPT}\` succeeds as \`example_1\``,
      path: SCRIPT,
      expect: { identity: 'example_1' },
      fix: 'The script must keep running as `example_1`: fix the policy, not the script.',
      succeeds: {
        denied: `Run \`why\` after it and fix the statement of \`${INLINE}\` that should allow it.`,
      },
    }),
    userBehaviour({
      id: 'nothing-more',
      label: '`example_1` is allowed nothing beyond what the script needs',
      userName: 'example_1',
      allows: [
        { action: 's3:GetObject', resource: `${BUCKET_ARN}/2026/q1.csv` },
        { action: 's3:ListBucket', resource: BUCKET_ARN },
        { action: 's3:PutObject', resource: `${BUCKET_ARN}/summaries/q1.txt` },
      ],
      denies: [
        { action: 's3:GetObject', resource: `${BUCKET_ARN}/README.txt` },
        { action: 's3:PutObject', resource: `${BUCKET_ARN}/2026/q1.csv` },
        { action: 's3:DeleteObject', resource: `${BUCKET_ARN}/2026/q1.csv` },
        { action: 's3:GetObject', resource: `arn:aws:s3:::${PRIVATE_BUCKET}/salaries.csv` },
        { action: 'iam:PutUserPolicy', resource: 'arn:aws:iam::123456789012:user/example_1' },
      ],
      fixDeny: `Narrow the statement you changed to \`${BUCKET_ARN}/2026/*\`.`,
    }),
  ],
  hints: [
    '`why` prints the action and resource that were refused, and for each statement why it did or did not match.',
    `\`s3:GetObject\` is checked against an object ARN such as \`${BUCKET_ARN}/2026/q1.csv\`. Does \`${BUCKET_ARN}/2026\` match it?`,
    `Get the document with \`aws iam get-user-policy --user-name example_1 --policy-name ${INLINE}\`, change the read statement's Resource to \`${BUCKET_ARN}/2026/*\`, and put it back with \`aws iam put-user-policy\`.`,
  ],
  solution: `${diagnose}${write(fixed)}${put}bash ${SCRIPT}\n`,
  alternatives: [
    {
      name: 'the document fetched with --query and fixed with sed',
      script: `${diagnose}aws iam get-user-policy --user-name example_1 --policy-name ${INLINE} --query PolicyDocument > fixed.json\nsed -i 's#example-1-reports/2026"#example-1-reports/2026/*"#' fixed.json\ncat fixed.json\n${put}`,
    },
    {
      name: 'why --json, then only the one object the script reads',
      script: `bash ${SCRIPT}\nwhy --json\n${write(fixedWith(`${BUCKET_ARN}/2026/q1.csv`))}${put}`,
    },
    {
      name: 'a second inline policy beside the broken one',
      script: `${diagnose}${write(policyText({ Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET_ARN}/2026/*` }))}aws iam put-user-policy --user-name example_1 --policy-name read-2026 --policy-document file://fixed.json\n`,
    },
    {
      name: 'a customer managed policy attached for the missing read',
      script: `${diagnose}${write(policyText({ Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET_ARN}/2026/*` }))}aws iam create-policy --policy-name Read2026 --policy-document file://fixed.json\naws iam attach-user-policy --user-name example_1 --policy-arn arn:aws:iam::123456789012:policy/Read2026\nbash ${SCRIPT}\n`,
    },
    {
      name: 'the failing command retried by hand, then why, then the fix inline',
      script: `bash ${SCRIPT}\naws s3 cp s3://${BUCKET}/2026/q1.csv q1.csv --profile example_1\nwhy\naws iam put-user-policy --user-name example_1 --policy-name ${INLINE} --policy-document '${JSON.stringify(JSON.parse(fixed))}'\n`,
    },
    {
      name: 'checked with simulate-principal-policy before running again',
      script: `${diagnose}${write(fixed)}${put}aws iam simulate-principal-policy --policy-source-arn arn:aws:iam::123456789012:user/example_1 --action-names s3:GetObject --resource-arns ${BUCKET_ARN}/2026/q1.csv ${BUCKET_ARN}/README.txt --query 'EvaluationResults[].[EvalResourceName,EvalDecision]' --output text\n./nightly-report.sh\n`,
    },
    {
      name: 'the old policy deleted and a fixed one put under a new name',
      script: `${diagnose}aws iam delete-user-policy --user-name example_1 --policy-name ${INLINE}\n${write(fixed)}aws iam put-user-policy --user-name example_1 --policy-name nightly-report-v2 --policy-document file://fixed.json\n`,
    },
  ],
  wrongAttempts: [
    {
      name: 'every object of the bucket (README.txt becomes readable)',
      script: `${diagnose}${write(fixedWith(`${BUCKET_ARN}/*`))}${put}`,
      failsCheck: 'nothing-more',
      message: `\`example_1\` should not be allowed \`s3:GetObject\` on \`${BUCKET_ARN}/README.txt\`, but statement 1 (Sid ReadThisYear) of user example_1: inline policy ${INLINE} allows it.`,
    },
    {
      name: 'Resource "*" for the read',
      script: `${diagnose}${write(fixedWith('*'))}${put}`,
      failsCheck: 'nothing-more',
      message: 'should not be allowed `s3:GetObject` on `arn:aws:s3:::example-1-reports/README.txt`',
    },
    {
      name: 'AdministratorAccess given to example_1',
      script: `${diagnose}aws iam attach-user-policy --user-name example_1 --policy-arn arn:aws:iam::aws:policy/AdministratorAccess\n`,
      failsCheck: 'nothing-more',
      message: 'managed policy arn:aws:iam::aws:policy/AdministratorAccess allows it.',
    },
    {
      name: 'the script changed to run as the admin',
      script: `${diagnose}sed -i 's/AWS_PROFILE=example_1/AWS_PROFILE=default/' nightly-report.sh\n`,
      failsCheck: 'script-succeeds',
      message: 'uses the profile `default` as `sample_user`. The script must keep running as `example_1`',
    },
    {
      name: 'the fixed file written but never put',
      script: `${diagnose}${write(fixed)}`,
      failsCheck: 'script-succeeds',
      message: `\`aws s3 cp s3://${BUCKET}/2026/q1.csv q1.csv\` is refused with AccessDenied: \`s3:GetObject\` on \`${BUCKET_ARN}/2026/q1.csv\` is not allowed. Run \`why\``,
    },
    {
      name: 'the fix put on the admin user',
      script: `${diagnose}${write(fixed)}aws iam put-user-policy --user-name sample_user --policy-name ${INLINE} --policy-document file://fixed.json\n`,
      failsCheck: 'script-succeeds',
      message: 'is refused with AccessDenied',
    },
    {
      name: 'the read fixed but the listing statement dropped',
      script: `${diagnose}${write(policyText({ Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET_ARN}/2026/*` }, summaries))}${put}`,
      failsCheck: 'script-succeeds',
      message: `\`aws s3 ls s3://${BUCKET}/2026/\` is refused with AccessDenied: \`s3:ListBucket\` on \`${BUCKET_ARN}\` is not allowed.`,
    },
    {
      name: 'fixed without ever asking why',
      script: `bash ${SCRIPT}\n${write(fixed)}${put}`,
      failsCheck: 'asked-why',
      message: 'Run `why` (it has not run yet).',
    },
  ],
});
