// S3 exercise 5: what `aws s3` cannot do: turn on versioning and block public access with s3api.
import { accountWithBuckets, configuredDefaultProfileFiles, defineExercise, s3Bucket } from '@/lib/grader';

const B = 'learner-backups';
const ALL_FOUR =
  'BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true';
const ALL_FOUR_JSON =
  '{"BlockPublicAcls": true, "IgnorePublicAcls": true, "BlockPublicPolicy": true, "RestrictPublicBuckets": true}';

export default defineExercise({
  id: 's3-versioning-public-block',
  title: 'Versioning on, public access off',
  goal: `The bucket \`${B}\` keeps backups. With \`aws s3api\`:

1. Turn on **versioning**, so an overwritten or deleted backup can be recovered.
2. Turn on **all four** settings of the bucket's public access block.`,
  setup: {
    files: configuredDefaultProfileFiles(),
    account: accountWithBuckets([
      { name: B, region: 'eu-west-1', objects: { 'db/2026-01-09.sql': 'dump\n' } },
    ]),
  },
  checks: [
    s3Bucket({
      id: 'versioning',
      label: `Versioning of \`${B}\` is Enabled`,
      bucket: B,
      versioning: 'Enabled',
    }),
    s3Bucket({
      id: 'public-block',
      label: `All four public access block settings of \`${B}\` are on`,
      bucket: B,
      blocksPublicAccess: true,
    }),
  ],
  hints: [
    '`aws s3api put-bucket-versioning` and `aws s3api put-public-access-block` each take the bucket and one configuration.',
    `Versioning: \`--versioning-configuration Status=Enabled\`. The block: \`--public-access-block-configuration ${ALL_FOUR}\`.`,
    `Run \`aws s3api put-bucket-versioning --bucket ${B} --versioning-configuration Status=Enabled\`, then \`aws s3api put-public-access-block --bucket ${B} --public-access-block-configuration ${ALL_FOUR}\`.`,
  ],
  solution: `aws s3api put-bucket-versioning --bucket ${B} --versioning-configuration Status=Enabled
aws s3api put-public-access-block --bucket ${B} --public-access-block-configuration ${ALL_FOUR}
`,
  alternatives: [
    {
      name: 'inline JSON',
      script: `aws s3api put-bucket-versioning --bucket ${B} --versioning-configuration '{"Status": "Enabled"}'\naws s3api put-public-access-block --bucket ${B} --public-access-block-configuration '${ALL_FOUR_JSON}'\n`,
    },
    {
      name: 'file:// JSON written with a here-doc',
      script: `cat > block.json <<'EOF'\n${ALL_FOUR_JSON}\nEOF\naws s3api put-public-access-block --bucket ${B} --public-access-block-configuration file://block.json\naws s3api put-bucket-versioning --bucket ${B} --versioning-configuration Status=Enabled\n`,
    },
    {
      name: 'the settings in another order, --profile default',
      script: `aws s3api put-public-access-block --bucket ${B} --public-access-block-configuration RestrictPublicBuckets=true,BlockPublicPolicy=true,IgnorePublicAcls=true,BlockPublicAcls=true --profile default\naws s3api put-bucket-versioning --bucket ${B} --versioning-configuration Status=Enabled --profile default\n`,
    },
    {
      name: 'read back with get-bucket-versioning',
      script: `aws s3api put-bucket-versioning --bucket ${B} --versioning-configuration Status=Enabled\naws s3api get-bucket-versioning --bucket ${B}\naws s3api put-public-access-block --bucket ${B} --public-access-block-configuration ${ALL_FOUR}\n`,
    },
    {
      name: 'a block with one setting off, then replaced',
      script: `aws s3api put-public-access-block --bucket ${B} --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=false\naws s3api put-public-access-block --bucket ${B} --public-access-block-configuration ${ALL_FOUR}\naws s3api put-bucket-versioning --bucket ${B} --versioning-configuration Status=Enabled\n`,
    },
    {
      name: 'suspended first, then enabled, bucket in a variable',
      script: `b=${B}\naws s3api put-bucket-versioning --bucket $b --versioning-configuration Status=Suspended\naws s3api put-bucket-versioning --bucket $b --versioning-configuration Status=Enabled\naws s3api put-public-access-block --bucket $b --public-access-block-configuration ${ALL_FOUR}\n`,
    },
  ],
  wrongAttempts: [
    {
      name: 'Suspended instead of Enabled',
      script: `aws s3api put-bucket-versioning --bucket ${B} --versioning-configuration Status=Suspended\naws s3api put-public-access-block --bucket ${B} --public-access-block-configuration ${ALL_FOUR}\n`,
      failsCheck: 'versioning',
      message: `Versioning of \`${B}\` is Suspended; expected Enabled`,
    },
    {
      name: 'lower-case status (S3 answers MalformedXML)',
      script: `aws s3api put-bucket-versioning --bucket ${B} --versioning-configuration Status=enabled\naws s3api put-public-access-block --bucket ${B} --public-access-block-configuration ${ALL_FOUR}\n`,
      failsCheck: 'versioning',
      message: `Versioning of \`${B}\` is never enabled`,
    },
    {
      name: 'Enabled=true is not a member of the configuration',
      script: `aws s3api put-bucket-versioning --bucket ${B} --versioning-configuration Enabled=true\naws s3api put-public-access-block --bucket ${B} --public-access-block-configuration ${ALL_FOUR}\n`,
      failsCheck: 'versioning',
      message: `Versioning of \`${B}\` is never enabled`,
    },
    {
      name: 'three settings: the fourth defaults to false',
      script: `aws s3api put-bucket-versioning --bucket ${B} --versioning-configuration Status=Enabled\naws s3api put-public-access-block --bucket ${B} --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true\n`,
      failsCheck: 'public-block',
      message: 'leaves `RestrictPublicBuckets` false',
    },
    {
      name: 'two calls of two settings: the second replaces the first',
      script: `aws s3api put-bucket-versioning --bucket ${B} --versioning-configuration Status=Enabled\naws s3api put-public-access-block --bucket ${B} --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true\naws s3api put-public-access-block --bucket ${B} --public-access-block-configuration BlockPublicPolicy=true,RestrictPublicBuckets=true\n`,
      failsCheck: 'public-block',
      message: 'leaves `BlockPublicAcls`, `IgnorePublicAcls` false',
    },
    {
      name: 'a typo in the bucket name',
      script: `aws s3api put-bucket-versioning --bucket learner-backup --versioning-configuration Status=Enabled\naws s3api put-public-access-block --bucket ${B} --public-access-block-configuration ${ALL_FOUR}\n`,
      failsCheck: 'versioning',
      message: `Versioning of \`${B}\` is never enabled`,
    },
    {
      name: 'versioning only',
      script: `aws s3api put-bucket-versioning --bucket ${B} --versioning-configuration Status=Enabled\n`,
      failsCheck: 'public-block',
      message: `\`${B}\` has no public access block yet`,
    },
  ],
});
