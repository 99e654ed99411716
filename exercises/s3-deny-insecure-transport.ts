// S3 exercise 6: a bucket policy that denies every request made without TLS, judged by the policy evaluator.
import { accountWithBuckets, configuredDefaultProfileFiles, defineExercise, s3Access } from '@/lib/grader';

const B = 'learner-payroll';
const HTTP = { context: { 'aws:SecureTransport': 'false' }, describe: 'over plain HTTP' };
const HTTPS = { describe: 'over HTTPS' };
const BOTH = `["arn:aws:s3:::${B}", "arn:aws:s3:::${B}/*"]`;

/** A one-statement bucket policy (as learners write it) with this Effect, Resource and SecureTransport value. */
function policy(effect: string, resource: string, secure: string | null, action = '"s3:*"'): string {
  const condition = secure === null ? '' : `, "Condition": {"Bool": {"aws:SecureTransport": ${secure}}}`;
  return `{"Version": "2012-10-17", "Statement": [{"Effect": "${effect}", "Principal": "*", "Action": ${action}, "Resource": ${resource}${condition}}]}`;
}
const put = (text: string) => `aws s3api put-bucket-policy --bucket ${B} --policy '${text}'\n`;

export default defineExercise({
  id: 's3-deny-insecure-transport',
  title: 'Refuse requests without TLS',
  goal: `Attach a bucket policy to \`${B}\` that **denies every request that does not use TLS** (HTTPS),
for the bucket and for every object in it. Requests over HTTPS must keep working for you
(\`sample_user\`, an administrator).`,
  setup: {
    files: configuredDefaultProfileFiles(),
    account: accountWithBuckets([{ name: B, region: 'eu-west-1', objects: { '2026/01.csv': 'name,net\n' } }]),
  },
  checks: [
    s3Access({
      id: 'tls-only',
      label: 'Plain HTTP requests are denied; HTTPS requests by sample_user are still allowed',
      bucket: B,
      user: 'sample_user',
      denies: [
        { action: 's3:GetObject', key: '2026/01.csv', ...HTTP },
        { action: 's3:PutObject', key: '2026/02.csv', ...HTTP },
        { action: 's3:DeleteObject', key: '2026/01.csv', ...HTTP },
        { action: 's3:ListBucket', ...HTTP },
      ],
      allows: [
        { action: 's3:GetObject', key: '2026/01.csv', ...HTTPS },
        { action: 's3:PutObject', key: '2026/02.csv', ...HTTPS },
        { action: 's3:ListBucket', ...HTTPS },
      ],
    }),
  ],
  hints: [
    'A bucket policy is put with `aws s3api put-bucket-policy --bucket NAME --policy ...`; the condition key `aws:SecureTransport` is `false` for a request without TLS.',
    `One statement: Effect \`Deny\`, Principal \`*\`, Action \`s3:*\`, Resource both \`arn:aws:s3:::${B}\` and \`arn:aws:s3:::${B}/*\`, Condition \`{"Bool": {"aws:SecureTransport": "false"}}\`.`,
    `Write that statement to \`policy.json\` and run \`aws s3api put-bucket-policy --bucket ${B} --policy file://policy.json\`.`,
  ],
  solution: `cat > policy.json <<'EOF'
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DenyWithoutTLS",
      "Effect": "Deny",
      "Principal": "*",
      "Action": "s3:*",
      "Resource": ["arn:aws:s3:::${B}", "arn:aws:s3:::${B}/*"],
      "Condition": { "Bool": { "aws:SecureTransport": "false" } }
    }
  ]
}
EOF
aws s3api put-bucket-policy --bucket ${B} --policy file://policy.json
`,
  alternatives: [
    { name: 'inline JSON', script: put(policy('Deny', BOTH, '"false"')) },
    { name: 'a JSON boolean instead of a string', script: put(policy('Deny', BOTH, 'false')) },
    {
      name: 'one statement per resource, Principal as {"AWS": "*"}',
      script: put(
        `{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Principal": {"AWS": "*"}, "Action": "s3:*", "Resource": "arn:aws:s3:::${B}", "Condition": {"Bool": {"aws:SecureTransport": "false"}}}, {"Effect": "Deny", "Principal": {"AWS": "*"}, "Action": "s3:*", "Resource": "arn:aws:s3:::${B}/*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}`,
      ),
    },
    {
      name: 'the actions as s3:*Object and s3:List*',
      script: put(policy('Deny', BOTH, '"false"', '["s3:*Object", "s3:List*"]')),
    },
    {
      name: 'the policy in a variable, read back with get-bucket-policy',
      script: `p='${policy('Deny', BOTH, '"false"')}'\naws s3api put-bucket-policy --bucket ${B} --policy "$p"\naws s3api get-bucket-policy --bucket ${B} --query Policy --output text\n`,
    },
    {
      name: 'an extra Allow for sample_user over TLS',
      script: put(
        `{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": ${BOTH}, "Condition": {"Bool": {"aws:SecureTransport": "false"}}}, {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:user/sample_user"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::${B}/*"}]}`,
      ),
    },
    {
      name: 'a first policy replaced by a correct one',
      script: `${put(policy('Deny', `"arn:aws:s3:::${B}/*"`, '"false"'))}${put(policy('Deny', BOTH, '"false"'))}`,
    },
  ],
  wrongAttempts: [
    {
      name: 'the bucket ARN only: objects still readable over HTTP',
      script: put(policy('Deny', `"arn:aws:s3:::${B}"`, '"false"')),
      failsCheck: 'tls-only',
      message: `\`s3:GetObject\` on \`arn:aws:s3:::${B}/2026/01.csv\` over plain HTTP is still allowed`,
    },
    {
      name: 'the objects only: listing still allowed over HTTP',
      script: put(policy('Deny', `"arn:aws:s3:::${B}/*"`, '"false"')),
      failsCheck: 'tls-only',
      message: `\`s3:ListBucket\` on \`arn:aws:s3:::${B}\` over plain HTTP is still allowed`,
    },
    {
      name: 'Allow when SecureTransport is true, instead of Deny when false',
      script: put(policy('Allow', BOTH, '"true"')),
      failsCheck: 'tls-only',
      message: 'over plain HTTP is still allowed for `sample_user`',
    },
    {
      name: 'Deny when SecureTransport is true',
      script: put(policy('Deny', BOTH, '"true"')),
      failsCheck: 'tls-only',
      message: 'over plain HTTP is still allowed for `sample_user`',
    },
    {
      name: 'no condition: every request is denied, HTTPS too',
      script: put(policy('Deny', BOTH, null)),
      failsCheck: 'tls-only',
      message: `\`s3:GetObject\` on \`arn:aws:s3:::${B}/2026/01.csv\` over HTTPS is now denied to \`sample_user\` too`,
    },
    {
      name: 'only reads denied',
      script: put(policy('Deny', BOTH, '"false"', '"s3:GetObject"')),
      failsCheck: 'tls-only',
      message: `\`s3:PutObject\` on \`arn:aws:s3:::${B}/2026/02.csv\` over plain HTTP is still allowed`,
    },
    {
      name: 'the file written but never put',
      script: `echo '${policy('Deny', BOTH, '"false"')}' > policy.json\n`,
      failsCheck: 'tls-only',
      message: `\`${B}\` has no bucket policy yet`,
    },
  ],
});
