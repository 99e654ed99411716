// IAM users 3: rotate example_1's access key without downtime (new key, switch, prove, deactivate, delete).
import {
  accessKeyState,
  configFileText,
  credentialsFileText,
  defineExercise,
  effectiveConfig,
  example1Key,
  keyRotation,
  sampleUserKey,
} from '@/lib/grader';

const OLD = example1Key.accessKeyId;
const CAPTURE = `read -r id secret <<< "$(aws iam create-access-key --user-name example_1 --query 'AccessKey.[AccessKeyId,SecretAccessKey]' --output text)"`;
const SWITCH = `aws configure set aws_access_key_id "$id" --profile example_1
aws configure set aws_secret_access_key "$secret" --profile example_1
`;
const PROVE = 'aws sts get-caller-identity --profile example_1\n';
const LAST_USED = `aws iam get-access-key-last-used --access-key-id ${OLD}\n`;
const OFF = `aws iam update-access-key --user-name example_1 --access-key-id ${OLD} --status Inactive\n`;
const DELETE = `aws iam delete-access-key --user-name example_1 --access-key-id ${OLD}\n`;

export default defineExercise({
  id: 'rotate-access-key',
  title: 'Rotate an access key without downtime',
  goal: `The profile \`example_1\` uses the key \`${OLD}\` of the user \`example_1\`. Replace that key
without a moment where the profile stops working. Work from your default (administrator) profile.

1. Create a second key for \`example_1\` and switch the profile \`example_1\` to it.
2. Prove the new key works (any \`aws\` command with it) and check when the old key was last used.
3. Deactivate the old key, then delete it.`,
  setup: {
    files: {
      '~/.aws/credentials': {
        content: credentialsFileText({ default: sampleUserKey, example_1: example1Key }),
        mode: 0o600,
      },
      '~/.aws/config': {
        content: configFileText({
          default: { region: 'eu-west-1', output: 'json' },
          example_1: { region: 'eu-west-3', output: 'json' },
        }),
        mode: 0o600,
      },
    },
  },
  checks: [
    effectiveConfig({
      id: 'profile-switched',
      label: 'The profile `example_1` signs in with a key of `example_1`',
      query: { profile: 'example_1' },
      expect: { identity: 'example_1' },
    }),
    accessKeyState({
      id: 'new-key-active',
      label: '`example_1` has an Active key',
      userName: 'example_1',
      state: 'active',
    }),
    keyRotation({
      id: 'no-downtime',
      label:
        'The new key worked before the old one was deactivated, and the old one was deactivated before it was deleted',
      userName: 'example_1',
      oldAccessKeyId: OLD,
    }),
    accessKeyState({
      id: 'old-deleted',
      label: `The old key \`${OLD}\` is deleted`,
      userName: 'example_1',
      accessKeyId: OLD,
      state: 'deleted',
    }),
  ],
  hints: [
    'A user may hold two keys at once: that is what makes a rotation without downtime possible.',
    'Order matters: create, configure, prove the new key (`aws sts get-caller-identity --profile example_1`), `get-access-key-last-used` on the old one, deactivate it, and only then delete it.',
    `Run \`${CAPTURE}\`, the two \`aws configure set ... --profile example_1\` lines, \`${PROVE.trim()}\`, \`${LAST_USED.trim()}\`, \`${OFF.trim()}\`, then \`${DELETE.trim()}\`.`,
  ],
  solution: `${CAPTURE}\n${SWITCH}${PROVE}${LAST_USED}${OFF}${DELETE}`,
  // Decided with aws 2.9.19 against the loopback stub (lib/aws/fixtures/iam/access-keys.json): a user's
  // second key is Active at once, an Inactive key fails authentication (IAM API reference:
  // UpdateAccessKey), and the IAM User Guide's "Rotate access keys" orders create → use → deactivate → delete.
  alternatives: [
    {
      name: 'the new key tried from environment variables before the profile was switched',
      script: `${CAPTURE}
AWS_ACCESS_KEY_ID=$id AWS_SECRET_ACCESS_KEY=$secret aws sts get-caller-identity
${SWITCH}${OFF}${DELETE}`,
    },
    {
      name: 'the proof is a real request (s3 ls) through an exported AWS_PROFILE',
      script: `${CAPTURE}
${SWITCH}export AWS_PROFILE=example_1
aws s3 ls
unset AWS_PROFILE
${LAST_USED}${OFF}${DELETE}`,
    },
    {
      name: 'the profile edited with sed',
      script: `${CAPTURE}
sed -i "s|${OLD}|$id|; s|${example1Key.secretAccessKey.replace(/\//g, '\\/')}|$secret|" ~/.aws/credentials
${PROVE}${OFF}${DELETE}`,
    },
    {
      name: 'answers piped into aws configure --profile example_1',
      script: `${CAPTURE}
printf '%s\\n%s\\n\\n\\n' "$id" "$secret" | aws configure --profile example_1
${PROVE}${LAST_USED}${OFF}${DELETE}`,
    },
    {
      name: 'the deactivation with --cli-input-json, keys listed in between',
      script: `${CAPTURE}
${SWITCH}${PROVE}aws iam list-access-keys --user-name example_1 --output table
aws iam update-access-key --cli-input-json '{"UserName":"example_1","AccessKeyId":"${OLD}","Status":"Inactive"}'
aws iam list-access-keys --user-name example_1 --query 'AccessKeyMetadata[].[AccessKeyId,Status]' --output text
${DELETE}`,
    },
    {
      name: 'the old key id read from list-access-keys into a variable',
      script: `old=$(aws iam list-access-keys --user-name example_1 --query 'AccessKeyMetadata[0].AccessKeyId' --output text)
${CAPTURE}
${SWITCH}${PROVE}aws iam get-access-key-last-used --access-key-id "$old"
aws iam update-access-key --user-name example_1 --access-key-id "$old" --status=Inactive
aws iam delete-access-key --user-name example_1 --access-key-id "$old"
`,
    },
    {
      name: 'the new key proven with the JSON read by jq',
      script: `key=$(aws iam create-access-key --user-name example_1)
aws configure set aws_access_key_id "$(jq -r .AccessKey.AccessKeyId <<< "$key")" --profile example_1
aws configure set aws_secret_access_key "$(jq -r .AccessKey.SecretAccessKey <<< "$key")" --profile example_1
aws iam get-user --profile example_1
${OFF}${DELETE}`,
    },
  ],
  wrongAttempts: [
    {
      name: 'the old key deleted first (the profile is down until the new one is configured)',
      script: `${DELETE}${CAPTURE}\n${SWITCH}${PROVE}`,
      failsCheck: 'no-downtime',
      message: `The old key \`${OLD}\` was deleted while it was still Active`,
    },
    {
      name: 'the old key deactivated before the new key was tried',
      script: `${CAPTURE}\n${SWITCH}${OFF}${PROVE}${DELETE}`,
      failsCheck: 'no-downtime',
      message: 'The old key was deactivated before the new key',
    },
    {
      name: 'deleted without deactivating',
      script: `${CAPTURE}\n${SWITCH}${PROVE}${DELETE}`,
      failsCheck: 'no-downtime',
      message: 'was deleted while it was still Active: deactivate it first',
    },
    {
      name: 'deactivated but never deleted',
      script: `${CAPTURE}\n${SWITCH}${PROVE}${OFF}`,
      failsCheck: 'old-deleted',
      message: `The key \`${OLD}\` still exists: \`aws iam delete-access-key --user-name example_1 --access-key-id ${OLD}\`.`,
    },
    {
      name: 'a new key created but the profile never switched',
      script: `${CAPTURE}\n${PROVE}${OFF}${DELETE}`,
      failsCheck: 'profile-switched',
      message: `With \`--profile example_1\`, \`aws\` uses the access key \`${OLD}\`, which the account does not know: it was never issued, or it was deleted.`,
    },
    {
      name: 'only the key id switched (the old secret left in place)',
      script: `${CAPTURE}
aws configure set aws_access_key_id "$id" --profile example_1
${PROVE}${OFF}${DELETE}`,
      failsCheck: 'profile-switched',
      message: "with a secret access key that is not that key's (a typo, or another key's secret)",
    },
    {
      name: 'the new key made for the caller (no --user-name)',
      script: `read -r id secret <<< "$(aws iam create-access-key --query 'AccessKey.[AccessKeyId,SecretAccessKey]' --output text)"
${SWITCH}${PROVE}${OFF}${DELETE}`,
      failsCheck: 'profile-switched',
      message: 'acts as `sample_user`; expected `example_1`',
    },
    {
      name: 'the new key deactivated by mistake instead of the old one, then the old deleted',
      script: `${CAPTURE}
${SWITCH}${PROVE}aws iam update-access-key --user-name example_1 --access-key-id "$id" --status Inactive
${OFF}${DELETE}`,
      failsCheck: 'new-key-active',
      message: 'is Inactive, not Active',
    },
    {
      name: 'the "proof" made with the admin profile',
      script: `${CAPTURE}
${SWITCH}aws iam list-access-keys --user-name example_1
${OFF}${DELETE}`,
      failsCheck: 'no-downtime',
      message: 'No `aws` call has used a new key of `example_1` yet',
    },
  ],
});
