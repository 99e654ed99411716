// Exercise: as the admin profile, create camera-uploader's access key, store the NEW key as the default
// profile and check with `aws sts get-caller-identity` (whichever key the learner created passes).
import {
  accessKeyState,
  adminProfileFiles,
  defaultAccount,
  defineExercise,
  effectiveConfig,
  example1Key,
  isAws,
  ranCommand,
  sampleUserKey,
} from '@/lib/grader';
import type { SimulatedAccount } from '@/lib/aws/types';

const USER = 'camera-uploader';
const POLICY_ARN = 'arn:aws:iam::123456789012:policy/CameraUploadsPutOnly';
const PUT_ONLY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::sample-user-camera-uploads/*' },
  ],
});

/** The default account plus what the previous exercise ends with: camera-uploader, put-only, no key yet. */
const account: SimulatedAccount = {
  ...defaultAccount,
  users: [
    ...defaultAccount.users,
    {
      userName: USER,
      userId: 'AIDAFOZ3FFRV3XF3JABO6',
      createDate: '2026-01-15T10:00:00+00:00',
      accessKeys: [],
      buckets: [],
      attachedPolicies: [POLICY_ARN],
    },
  ],
  policies: [
    {
      policyName: 'CameraUploadsPutOnly',
      policyId: 'ANPAMIGW5NR4NLZTSBW3G',
      createDate: '2026-01-15T10:00:00+00:00',
      versions: [
        { versionId: 'v1', document: PUT_ONLY, isDefault: true, createDate: '2026-01-15T10:00:00+00:00' },
      ],
    },
  ],
};

/** Creates a key as admin and keeps its two halves in $id and $secret (what a learner copies by hand). */
const createKey = (file = 'key.txt') =>
  `aws iam create-access-key --user-name ${USER} --profile admin --query 'AccessKey.[AccessKeyId,SecretAccessKey]' --output text > ${file}\n` +
  `read -r id secret < ${file}\n`;
const configure = 'printf \'%s\\n\' "$id" "$secret" eu-west-1 json | aws configure\n';
const whoami = 'aws sts get-caller-identity\n';
const setAll = (id: string, secret: string) =>
  `aws configure set aws_access_key_id ${id}\naws configure set aws_secret_access_key ${secret}\naws configure set region eu-west-1\naws configure set output json\n`;

export default defineExercise({
  id: 'configure-default-profile',
  title: 'Configure the default profile',
  goal: `The user \`${USER}\` from the previous exercise exists here, with the lesson's upload-only policy, but it
has no access key yet. The profile \`admin\` is still there.

1. As \`admin\`, create an access key for \`${USER}\` and note both halves.
2. Store **that new key** as your **default profile** with \`aws configure\`, region \`eu-west-1\`, output
   \`json\`.
3. Run \`aws sts get-caller-identity\` (no \`--profile\`): it must answer as \`${USER}\`.`,
  setup: { files: adminProfileFiles(), account },
  checks: [
    accessKeyState({
      id: 'key',
      label: `\`${USER}\` has an active access key`,
      userName: USER,
      state: 'active',
    }),
    effectiveConfig({
      id: 'credentials',
      label: `The default profile holds a key of \`${USER}\``,
      query: { env: 'files-only' },
      expect: { identity: USER },
    }),
    effectiveConfig({
      id: 'region',
      label: 'The default profile uses the region eu-west-1',
      query: { env: 'files-only' },
      expect: { region: 'eu-west-1' },
    }),
    effectiveConfig({
      id: 'output',
      label: 'The default profile prints json',
      query: { env: 'files-only' },
      expect: { output: 'json' },
    }),
    ranCommand({
      id: 'whoami',
      label: `\`aws sts get-caller-identity\` answered as \`${USER}\` through the default profile`,
      matches: (r) => isAws(r, 'sts', 'get-caller-identity'),
      display: 'aws sts get-caller-identity',
      aws: { profile: 'default', credentialSource: 'shared-credentials-file', identity: USER },
    }),
  ],
  hints: [
    `Creating a key is an IAM call, so it needs the admin's credentials: \`aws iam create-access-key --user-name ${USER} --profile admin\`.`,
    'Copy `AccessKeyId` and `SecretAccessKey` from its output into the first two questions of `aws configure` (no `--profile`), then answer `eu-west-1` and `json`.',
    `Run \`aws iam create-access-key --user-name ${USER} --profile admin\`, then \`aws configure\` with the new AccessKeyId, SecretAccessKey, \`eu-west-1\` and \`json\`, then \`aws sts get-caller-identity\`: the Arn ends in \`user/${USER}\`.`,
  ],
  // The key's two halves go in with `configure set`; `aws configure` then keeps them (Enter) and asks the rest.
  solution:
    createKey() +
    'aws configure set aws_access_key_id "$id"\naws configure set aws_secret_access_key "$secret"\n' +
    'aws configure\n\n\neu-west-1\njson\n' +
    whoami,
  // Each route was run in real bash 5.2 with the real AWS CLI 2.9.19 against scripts/aws-stub-server.ts
  // (an account where camera-uploader exists first); key creation and refusal are IAM's and STS's rules:
  // IAM API reference CreateAccessKey / DeleteAccessKey / UpdateAccessKey, STS GetCallerIdentity.
  alternatives: [
    {
      name: 'the answers piped into aws configure',
      script: createKey() + configure + whoami,
    },
    {
      name: 'aws configure set, four times',
      script: createKey() + setAll('"$id"', '"$secret"') + whoami,
    },
    {
      name: 'the JSON output saved, values read with jq',
      script:
        `aws iam create-access-key --user-name ${USER} --profile admin > key.json\n` +
        'id=$(jq -r .AccessKey.AccessKeyId key.json)\nsecret=$(jq -r .AccessKey.SecretAccessKey key.json)\n' +
        configure +
        whoami,
    },
    {
      name: 'AWS_PROFILE=admin exported for the IAM call, then unset',
      script:
        'export AWS_PROFILE=admin\n' +
        createKey().replace(' --profile admin', '') +
        'unset AWS_PROFILE\n' +
        configure +
        whoami,
    },
    {
      name: 'the credentials file written by hand',
      script:
        createKey() +
        'cat >> ~/.aws/credentials <<EOF\n[default]\naws_access_key_id = $id\naws_secret_access_key = $secret\nEOF\n' +
        'aws configure set region eu-west-1\naws configure set output json\n' +
        whoami,
    },
    {
      name: 'the text output split with awk',
      script:
        `aws iam create-access-key --user-name ${USER} --profile admin --output text > key.txt\n` +
        "id=$(awk '{print $2}' key.txt)\nsecret=$(awk '{print $4}' key.txt)\n" +
        configure +
        whoami,
    },
    {
      name: 'dotted names, and --query Arn --output text to check',
      script:
        createKey() +
        'aws configure set default.aws_access_key_id "$id"\naws configure set default.aws_secret_access_key "$secret"\n' +
        'aws configure set default.region eu-west-1\naws configure set default.output json\n' +
        'aws sts get-caller-identity --query Arn --output text\n',
    },
    {
      name: 'two keys created, the unused one deleted',
      script:
        createKey('first.txt') +
        `aws iam create-access-key --user-name ${USER} --profile admin --query AccessKey.AccessKeyId --output text > second.txt\n` +
        configure +
        `aws iam delete-access-key --user-name ${USER} --access-key-id "$(cat second.txt)" --profile admin\n` +
        whoami,
    },
    {
      name: 'whoami first fails (no default yet), then succeeds',
      script: whoami + createKey() + configure + 'aws sts get-caller-identity --profile default\n',
    },
  ],
  wrongAttempts: [
    {
      name: "the admin's key configured as the default profile",
      script: createKey() + setAll(sampleUserKey.accessKeyId, sampleUserKey.secretAccessKey) + whoami,
      failsCheck: 'credentials',
      message: `For the default profile, \`aws\` acts as \`sample_user\`; expected \`${USER}\`.`,
    },
    {
      name: "another user's key (example_1)",
      script: createKey() + setAll(example1Key.accessKeyId, example1Key.secretAccessKey) + whoami,
      failsCheck: 'credentials',
      message: `For the default profile, \`aws\` acts as \`example_1\`; expected \`${USER}\`.`,
    },
    {
      name: 'the secret mistyped (last character lost)',
      script: createKey() + 'secret=${secret%?}\n' + configure + whoami,
      failsCheck: 'credentials',
      message: "with a secret access key that is not that key's (a typo, or another key's secret).",
    },
    {
      name: 'the configured key deleted afterwards (the other one kept)',
      script:
        createKey() +
        `aws iam create-access-key --user-name ${USER} --profile admin > second.json\n` +
        configure +
        whoami +
        `aws iam delete-access-key --user-name ${USER} --access-key-id "$id" --profile admin\n`,
      failsCheck: 'credentials',
      message: 'which the account does not know: it was never issued, or it was deleted.',
    },
    {
      name: 'the new key deactivated',
      script:
        createKey() +
        configure +
        whoami +
        `aws iam update-access-key --user-name ${USER} --access-key-id "$id" --status Inactive --profile admin\n`,
      failsCheck: 'key',
      message: 'is Inactive, not Active',
    },
    {
      name: 'stored under a named profile instead of the default one',
      script:
        createKey() +
        `printf '%s\\n' "$id" "$secret" eu-west-1 json | aws configure --profile ${USER}\n` +
        `aws sts get-caller-identity --profile ${USER}\n`,
      failsCheck: 'credentials',
      message: 'For the default profile, `aws` finds no credentials.',
    },
    {
      name: 'the region of the seed page (eu-west-2)',
      script: createKey() + 'printf \'%s\\n\' "$id" "$secret" eu-west-2 json | aws configure\n' + whoami,
      failsCheck: 'region',
      message:
        'For the default profile, the region is `eu-west-2` (from the config file); expected `eu-west-1`.',
    },
    {
      name: 'checked as admin instead of through the default profile',
      script: createKey() + configure + 'aws sts get-caller-identity --profile admin\n',
      failsCheck: 'whoami',
      message: '`aws sts get-caller-identity` ran with the profile `admin`; expected `default`.',
    },
    {
      name: 'the new key exported instead of stored',
      script:
        createKey() +
        'export AWS_ACCESS_KEY_ID="$id" AWS_SECRET_ACCESS_KEY="$secret"\n' +
        'aws configure set region eu-west-1\naws configure set output json\n' +
        whoami,
      failsCheck: 'credentials',
      message: 'For the default profile, `aws` finds no credentials.',
    },
    {
      name: 'never checked with get-caller-identity',
      script: createKey() + configure,
      failsCheck: 'whoami',
      message: 'Run `aws sts get-caller-identity` (it has not run yet).',
    },
  ],
});
