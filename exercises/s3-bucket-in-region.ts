// S3 exercise 1: make a bucket in a region other than the profile's, and upload a file under a prefix.
import { configuredDefaultProfileFiles, defineExercise, s3Bucket, s3Object } from '@/lib/grader';

const B = 'learner-reports-paris';
const JANUARY = 'date,orders\n2026-01-31,412\n';

export default defineExercise({
  id: 's3-bucket-in-region',
  title: 'A bucket in Paris, a file under a prefix',
  goal: `Your profile's region is \`eu-west-1\` (Ireland), but these reports must be stored in Paris.

1. Make the bucket \`${B}\` in the region \`eu-west-3\`.
2. Upload \`~/reports/january.csv\` to it with the key \`2026/january.csv\`.`,
  setup: {
    files: {
      ...configuredDefaultProfileFiles(),
      '~/reports/january.csv': JANUARY,
      '~/reports/february.csv': 'date,orders\n2026-02-28,388\n',
    },
  },
  checks: [
    s3Bucket({ id: 'bucket', label: `Bucket \`${B}\` exists in eu-west-3`, bucket: B, region: 'eu-west-3' }),
    s3Object({
      id: 'object',
      label: `\`s3://${B}/2026/january.csv\` holds january.csv`,
      bucket: B,
      key: '2026/january.csv',
      content: JANUARY,
    }),
  ],
  hints: [
    '`aws s3 mb` makes a bucket; like every command it takes `--region`. Then `aws s3 cp FILE s3://BUCKET/KEY`.',
    'A destination ending in `/` keeps the file name: `s3://BUCKET/2026/` gives the key `2026/january.csv`.',
    `Run \`aws s3 mb s3://${B} --region eu-west-3\`, then \`aws s3 cp ~/reports/january.csv s3://${B}/2026/january.csv\`.`,
  ],
  solution: `aws s3 mb s3://${B} --region eu-west-3
aws s3 cp ~/reports/january.csv s3://${B}/2026/january.csv
`,
  alternatives: [
    {
      name: 's3api create-bucket with a LocationConstraint, then put-object',
      script: `aws s3api create-bucket --bucket ${B} --region eu-west-3 --create-bucket-configuration LocationConstraint=eu-west-3\naws s3api put-object --bucket ${B} --key 2026/january.csv --body reports/january.csv\n`,
    },
    {
      name: 'cd into the folder, destination ending in a slash',
      script: `aws s3 mb s3://${B} --region eu-west-3\ncd reports\naws s3 cp january.csv s3://${B}/2026/\n`,
    },
    {
      name: 'the region from AWS_DEFAULT_REGION',
      script: `export AWS_DEFAULT_REGION=eu-west-3\naws s3 mb s3://${B}\naws s3 cp reports/january.csv s3://${B}/2026/january.csv\n`,
    },
    {
      name: 'the region changed in the profile with configure set',
      script: `aws configure set region eu-west-3\naws s3 mb s3://${B}\naws s3 cp reports/january.csv s3://${B}/2026/january.csv\n`,
    },
    {
      name: '--region before the service',
      script: `aws --region eu-west-3 s3 mb s3://${B}\naws s3 cp reports/january.csv s3://${B}/2026/january.csv\n`,
    },
    {
      name: 'cp --recursive with filters',
      script: `aws s3 mb s3://${B} --region eu-west-3\naws s3 cp reports s3://${B}/2026/ --recursive --exclude "*" --include "january.csv"\n`,
    },
    {
      name: 'the bucket name in a variable, JSON configuration',
      script: `b=${B}\naws s3api create-bucket --bucket "$b" --region eu-west-3 --create-bucket-configuration '{"LocationConstraint": "eu-west-3"}'\naws s3 cp reports/january.csv "s3://$b/2026/january.csv"\n`,
    },
  ],
  wrongAttempts: [
    {
      name: 'no --region: the bucket lands in the profile region',
      script: `aws s3 mb s3://${B}\naws s3 cp reports/january.csv s3://${B}/2026/january.csv\n`,
      failsCheck: 'bucket',
      message: `Bucket \`${B}\` is in eu-west-1, not eu-west-3`,
    },
    {
      name: 's3api create-bucket with --region only (no LocationConstraint)',
      script: `aws s3api create-bucket --bucket ${B} --region eu-west-3\naws s3 cp reports/january.csv s3://${B}/2026/january.csv\n`,
      failsCheck: 'bucket',
      message: `There is no bucket \`${B}\` yet`,
    },
    {
      name: 'no slash after the prefix: the key is `2026`',
      script: `aws s3 mb s3://${B} --region eu-west-3\naws s3 cp reports/january.csv s3://${B}/2026\n`,
      failsCheck: 'object',
      message: `\`s3://${B}/2026/january.csv\` does not exist yet (it has \`2026\`)`,
    },
    {
      name: 'uploaded to the top of the bucket',
      script: `aws s3 mb s3://${B} --region eu-west-3\naws s3 cp reports/january.csv s3://${B}/\n`,
      failsCheck: 'object',
      message: `(it has \`january.csv\`)`,
    },
    {
      name: 'a typo in the prefix',
      script: `aws s3 mb s3://${B} --region eu-west-3\naws s3 cp reports/january.csv s3://${B}/2025/january.csv\n`,
      failsCheck: 'object',
      message: `(it has \`2025/january.csv\`)`,
    },
    {
      name: 'the wrong file under the right key',
      script: `aws s3 mb s3://${B} --region eu-west-3\naws s3 cp reports/february.csv s3://${B}/2026/january.csv\n`,
      failsCheck: 'object',
      message: 'exists but holds "date,orders\\n2026-02-28,388\\n", not the expected content',
    },
    {
      name: 'the folder without --recursive',
      script: `aws s3 mb s3://${B} --region eu-west-3\naws s3 cp reports s3://${B}/2026/\n`,
      failsCheck: 'object',
      message: `\`s3://${B}/2026/january.csv\` does not exist yet`,
    },
  ],
});
