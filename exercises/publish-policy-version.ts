// IAM Policies, exercise 4: ReportsReadOnly v1 only lists the bucket; publish v2 that also reads the objects, as the
// default, keeping v1 to roll back to; example_1 (who has the policy) then reads a report.
import { defineExercise, policyBehaviour, ranCommand, type Check } from '@/lib/grader';
import { reads } from './shared/bucket-calls';
import {
  BUCKET,
  BUCKET_ARN,
  PRIVATE_BUCKET,
  managedPolicy,
  policyArn,
  policyText,
  reportsSetup,
} from './shared/reports-account';

const POLICY = 'ReportsReadOnly';
const ARN = policyArn(POLICY);
const v1 = policyText({ Effect: 'Allow', Action: 's3:ListBucket', Resource: BUCKET_ARN });
const v2 = policyText(
  { Effect: 'Allow', Action: 's3:ListBucket', Resource: BUCKET_ARN },
  { Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET_ARN}/*` },
);
const write = (text: string) => `cat > reports-v2.json <<'EOF'\n${text}\nEOF\n`;
const publish = `aws iam create-policy-version --policy-arn ${ARN} --policy-document file://reports-v2.json --set-as-default\n`;
const read = `aws s3 cp s3://${BUCKET}/2026/q1.csv - --profile example_1\n`;

/** v1 is still there and another version is the default. */
const versions: Check = {
  id: 'versions',
  label: `\`${POLICY}\` has a new default version, and \`v1\` is kept`,
  run({ account }) {
    const policy = (account.policies ?? []).find((p) => p.policyName === POLICY);
    if (!policy) return { pass: false, message: `The policy \`${POLICY}\` no longer exists.` };
    const ids = policy.versions.map((v) => v.versionId);
    if (!ids.includes('v1')) {
      return {
        pass: false,
        message: `\`v1\` was deleted (versions now: ${ids.join(', ')}): keep the old version so you can roll back to it.`,
      };
    }
    const current = policy.versions.find((v) => v.isDefault)?.versionId;
    if (current === 'v1') {
      const other = ids.filter((id) => id !== 'v1');
      return {
        pass: false,
        message: other.length
          ? `The default version is still \`v1\` (${other.join(', ')} not in use): \`aws iam set-default-policy-version --policy-arn ${ARN} --version-id ${other[other.length - 1]}\`.`
          : `\`${POLICY}\` has only \`v1\`: publish a new version with \`aws iam create-policy-version … --set-as-default\`.`,
      };
    }
    return { pass: true };
  },
};

export default defineExercise({
  id: 'publish-policy-version',
  title: 'Publish a new policy version',
  goal: `\`example_1\` has the customer managed policy \`${POLICY}\`, whose version \`v1\` only lets it **list**
\`${BUCKET}\`. Change the policy so that it also lets its holders **read the objects** in that bucket (still nothing
more), without creating another policy and without losing \`v1\`: publish a new version and make it the default.
Then read \`2026/q1.csv\` as \`example_1\`.`,
  setup: reportsSetup({
    attached: [ARN],
    policies: [managedPolicy(POLICY, 'ANPAEXAMPLEREPORTS01', v1)],
  }),
  checks: [
    versions,
    policyBehaviour({
      id: 'behaviour',
      label: `The default version lists \`${BUCKET}\` and reads its objects, and nothing more`,
      policy: { managedPolicy: POLICY },
      allows: [
        { action: 's3:ListBucket', resource: BUCKET_ARN },
        { action: 's3:GetObject', resource: `${BUCKET_ARN}/2026/q1.csv` },
      ],
      denies: [
        { action: 's3:PutObject', resource: `${BUCKET_ARN}/2026/q1.csv` },
        { action: 's3:DeleteObject', resource: `${BUCKET_ARN}/2026/q1.csv` },
        { action: 's3:GetObject', resource: `arn:aws:s3:::${PRIVATE_BUCKET}/salaries.csv` },
        { action: 's3:PutBucketPolicy', resource: BUCKET_ARN },
      ],
    }),
    ranCommand({
      id: 'read',
      label: '`example_1` read `2026/q1.csv`',
      display: read.trim(),
      matches: reads,
      aws: { identity: 'example_1' },
    }),
  ],
  hints: [
    'A managed policy keeps up to five versions; exactly one of them, the default, is in force.',
    '`aws iam create-policy-version` adds a version; `--set-as-default` puts it in force at once.',
    `Write both statements to \`reports-v2.json\`, run \`${publish.trim()}\`, then \`${read.trim()}\`.`,
  ],
  solution: `${write(v2)}${publish}${read}`,
  alternatives: [
    {
      name: 'created first, made the default afterwards',
      script: `${write(v2)}aws iam create-policy-version --policy-arn ${ARN} --policy-document file://reports-v2.json\naws iam list-policy-versions --policy-arn ${ARN}\naws iam set-default-policy-version --policy-arn ${ARN} --version-id v2\n${read}`,
    },
    {
      name: 'the document inline',
      script: `aws iam create-policy-version --policy-arn ${ARN} --set-as-default --policy-document '${JSON.stringify(JSON.parse(v2))}'\n${read}`,
    },
    {
      name: 'with --cli-input-json',
      script: `cat > input.json <<'EOF'\n${JSON.stringify({ PolicyArn: ARN, PolicyDocument: JSON.stringify(JSON.parse(v2)), SetAsDefault: true }, null, 2)}\nEOF\naws iam create-policy-version --cli-input-json file://input.json\n${read}`,
    },
    {
      name: 'a wrong v2, then a right v3 as the default (v2 kept)',
      script: `${write(policyText({ Effect: 'Allow', Action: 's3:GetObject', Resource: BUCKET_ARN }))}${publish}${read}${write(v2)}${publish}${read}`,
    },
    {
      name: 'v1 fetched with get-policy-version and extended',
      script: `aws iam get-policy-version --policy-arn ${ARN} --version-id v1 --query PolicyVersion.Document\n${write(v2)}${publish}aws iam get-policy --policy-arn ${ARN} --query Policy.DefaultVersionId --output text\naws s3api get-object --bucket ${BUCKET} --key 2026/q1.csv q1.csv --profile example_1\n`,
    },
    {
      name: 'rolled back to v1 and forward again',
      script: `${write(v2)}${publish}aws iam set-default-policy-version --policy-arn ${ARN} --version-id v1\naws iam set-default-policy-version --policy-arn ${ARN} --version-id v2\n${read}`,
    },
    {
      name: 'the new statement alone in an Action list with s3:GetObject*',
      script: `${write(policyText({ Effect: 'Allow', Action: ['s3:ListBucket'], Resource: [BUCKET_ARN] }, { Effect: 'Allow', Action: ['s3:GetObject*'], Resource: [`${BUCKET_ARN}/*`] }))}${publish}${read}`,
    },
  ],
  wrongAttempts: [
    {
      name: 'a new version that is not the default',
      script: `${write(v2)}aws iam create-policy-version --policy-arn ${ARN} --policy-document file://reports-v2.json\n${read}`,
      failsCheck: 'versions',
      message: `The default version is still \`v1\` (v2 not in use): \`aws iam set-default-policy-version --policy-arn ${ARN} --version-id v2\`.`,
    },
    {
      name: 'v1 deleted after publishing',
      script: `${write(v2)}${publish}aws iam delete-policy-version --policy-arn ${ARN} --version-id v1\n${read}`,
      failsCheck: 'versions',
      message: '`v1` was deleted (versions now: v2): keep the old version so you can roll back to it.',
    },
    {
      name: 'a second policy instead of a new version',
      script: `${write(v2)}aws iam create-policy --policy-name ReportsReadOnly2 --policy-document file://reports-v2.json\naws iam attach-user-policy --user-name example_1 --policy-arn ${policyArn('ReportsReadOnly2')}\n${read}`,
      failsCheck: 'versions',
      message: '`ReportsReadOnly` has only `v1`: publish a new version',
    },
    {
      name: 'an inline policy on the user instead',
      script: `${write(v2)}aws iam put-user-policy --user-name example_1 --policy-name ReadReports --policy-document file://reports-v2.json\n${read}`,
      failsCheck: 'versions',
      message: '`ReportsReadOnly` has only `v1`',
    },
    {
      name: 'GetObject on the bucket ARN in v2',
      script: `${write(policyText({ Effect: 'Allow', Action: ['s3:ListBucket', 's3:GetObject'], Resource: BUCKET_ARN }))}${publish}${read}`,
      failsCheck: 'behaviour',
      message: `your policy allows \`s3:GetObject\` on the bucket, not on its objects: use \`${BUCKET_ARN}/*\``,
    },
    {
      name: 'v2 allows s3:* on the bucket and its objects',
      script: `${write(policyText({ Effect: 'Allow', Action: 's3:*', Resource: [BUCKET_ARN, `${BUCKET_ARN}/*`] }))}${publish}${read}`,
      failsCheck: 'behaviour',
      message: `should not allow \`s3:PutObject\` on \`${BUCKET_ARN}/2026/q1.csv\``,
    },
    {
      name: 'v2 forgets the listing statement',
      script: `${write(policyText({ Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET_ARN}/*` }))}${publish}${read}`,
      failsCheck: 'behaviour',
      message: `should allow \`s3:ListBucket\` on \`${BUCKET_ARN}\`, but it does not`,
    },
    {
      name: 'read as the admin',
      script: `${write(v2)}${publish}aws s3 cp s3://${BUCKET}/2026/q1.csv -\n`,
      failsCheck: 'read',
      message: 'ran as `sample_user`',
    },
  ],
});
