// IAM users 1: create a user with the admin profile, give it two tags, and look at them.
import {
  awsParameter,
  configuredDefaultProfileFiles,
  defineExercise,
  iamUser,
  iamUserTags,
  isAws,
  ranCommand,
} from '@/lib/grader';

export default defineExercise({
  id: 'tag-a-new-user',
  title: 'Create a user and tag it',
  goal: `Your default profile belongs to \`sample_user\`, an administrator.

1. Create an IAM user named \`maria\`.
2. Give her two tags: \`team\` = \`data\` and \`cost-center\` = \`1234\`.
3. Look at her tags with the CLI (\`aws iam list-user-tags\` or \`aws iam get-user\`).`,
  setup: { files: configuredDefaultProfileFiles() },
  checks: [
    iamUser({ id: 'user-exists', label: 'The IAM user `maria` exists', userName: 'maria' }),
    iamUserTags({
      id: 'tagged',
      label: '`maria` has the tags `team=data` and `cost-center=1234`',
      userName: 'maria',
      tags: { team: 'data', 'cost-center': '1234' },
    }),
    ranCommand({
      id: 'listed',
      label: 'You listed her tags (`aws iam list-user-tags --user-name maria` or `aws iam get-user`)',
      display: 'aws iam list-user-tags --user-name maria',
      matches: (r) =>
        (isAws(r, 'iam', 'list-user-tags') || isAws(r, 'iam', 'get-user')) &&
        awsParameter(r, '--user-name') === 'maria',
    }),
  ],
  hints: [
    'Tags are `Key=...,Value=...` pairs. `create-user` takes `--tags` as well as `tag-user`.',
    'One command can set both: `--tags Key=team,Value=data Key=cost-center,Value=1234` (a space between tags, commas inside one).',
    'Run `aws iam create-user --user-name maria`, then `aws iam tag-user --user-name maria --tags Key=team,Value=data Key=cost-center,Value=1234`, then `aws iam list-user-tags --user-name maria`.',
  ],
  solution: `aws iam create-user --user-name maria
aws iam tag-user --user-name maria --tags Key=team,Value=data Key=cost-center,Value=1234
aws iam list-user-tags --user-name maria
`,
  // Decided with aws 2.9.19 against the loopback stub (lib/aws/fixtures/iam/user-tags.json and
  // cli-input-json.json record the same shapes): shorthand, JSON, file:// and --cli-input-json all build
  // the same Tags list; a tag-user with an existing key replaces its value (IAM API reference: TagUser).
  alternatives: [
    {
      name: 'tags given to create-user',
      script: `aws iam create-user --user-name maria --tags Key=team,Value=data Key=cost-center,Value=1234
aws iam list-user-tags --user-name maria
`,
    },
    {
      name: 'one tag-user per tag, then get-user',
      script: `aws iam create-user --user-name maria
aws iam tag-user --user-name maria --tags Key=team,Value=data
aws iam tag-user --user-name maria --tags Key=cost-center,Value=1234
aws iam get-user --user-name maria
`,
    },
    {
      name: 'the tags as inline JSON',
      script: `aws iam create-user --user-name maria
aws iam tag-user --user-name maria --tags '[{"Key":"team","Value":"data"},{"Key":"cost-center","Value":"1234"}]'
aws iam list-user-tags --user-name maria --output table
`,
    },
    {
      name: 'the tags from a file://',
      script: `cat > tags.json <<'EOF'
[
  {"Key": "team", "Value": "data"},
  {"Key": "cost-center", "Value": "1234"}
]
EOF
aws iam create-user --user-name maria --tags file://tags.json
aws iam list-user-tags --user-name maria --output text
`,
    },
    {
      name: 'the whole request with --cli-input-json',
      script: `aws iam create-user --cli-input-json '{"UserName":"maria","Tags":[{"Key":"team","Value":"data"},{"Key":"cost-center","Value":"1234"}]}'
aws iam get-user --user-name=maria --query User.Tags
`,
    },
    {
      name: 'a wrong value overwritten by tagging the key again',
      script: `aws iam create-user --user-name maria --tags Key=team,Value=web
aws iam tag-user --user-name maria --tags Key=team,Value=data Key=cost-center,Value=1234
aws iam list-user-tags --user-name maria --query 'Tags[].[Key,Value]' --output text
`,
    },
    {
      name: 'names in variables, an extra tag removed again',
      script: `user=maria
aws iam create-user --user-name "$user"
aws iam tag-user --user-name "$user" --tags Key=team,Value=data Key=cost-center,Value=1234 Key=temp,Value=x
aws iam untag-user --user-name "$user" --tag-keys temp
aws iam list-user-tags --user-name "$user"
`,
    },
  ],
  wrongAttempts: [
    {
      name: 'a capital letter in the tag key',
      script: `aws iam create-user --user-name maria --tags Key=Team,Value=data Key=cost-center,Value=1234
aws iam list-user-tags --user-name maria
`,
      failsCheck: 'tagged',
      message: '`maria` has no tag `team` (its tags: `Team=data`, `cost-center=1234`)',
    },
    {
      name: 'the user created as Maria',
      script: `aws iam create-user --user-name Maria --tags Key=team,Value=data Key=cost-center,Value=1234
aws iam list-user-tags --user-name Maria
`,
      failsCheck: 'user-exists',
      message: 'There is no IAM user `maria` yet: `aws iam create-user --user-name maria`.',
    },
    {
      name: 'only one of the two tags',
      script: `aws iam create-user --user-name maria --tags Key=team,Value=data
aws iam list-user-tags --user-name maria
`,
      failsCheck: 'tagged',
      message: '`maria` has no tag `cost-center` (its tags: `team=data`)',
    },
    {
      name: 'a space instead of a comma inside one tag (the CLI rejects both halves)',
      script: `aws iam create-user --user-name maria
aws iam tag-user --user-name maria --tags Key=team Value=data Key=cost-center Value=1234
aws iam list-user-tags --user-name maria
`,
      failsCheck: 'tagged',
      message: '`maria` has no tag `team` (its tags: none)',
    },
    {
      name: 'lower-case "key" and "value" in the JSON (parameter validation fails)',
      script: `aws iam create-user --user-name maria
aws iam tag-user --user-name maria --tags '[{"key":"team","value":"data"},{"key":"cost-center","value":"1234"}]'
aws iam list-user-tags --user-name maria
`,
      failsCheck: 'tagged',
      message: '`maria` has no tag `team` (its tags: none)',
    },
    {
      name: 'a typo in the value',
      script: `aws iam create-user --user-name maria --tags Key=team,Value=data Key=cost-center,Value=1243
aws iam list-user-tags --user-name maria
`,
      failsCheck: 'tagged',
      message: 'The tag `cost-center` of `maria` is `1243`; expected `1234`.',
    },
    {
      name: 'tagged, then the tag removed',
      script: `aws iam create-user --user-name maria --tags Key=team,Value=data Key=cost-center,Value=1234
aws iam untag-user --user-name maria --tag-keys cost-center
aws iam list-user-tags --user-name maria
`,
      failsCheck: 'tagged',
      message: '`maria` has no tag `cost-center` (its tags: `team=data`)',
    },
    {
      name: 'the tags put on sample_user',
      script: `aws iam create-user --user-name maria
aws iam tag-user --user-name sample_user --tags Key=team,Value=data Key=cost-center,Value=1234
aws iam list-user-tags --user-name sample_user
`,
      failsCheck: 'tagged',
      message: '`maria` has no tag `team` (its tags: none)',
    },
    {
      name: 'never looked at the tags',
      script: `aws iam create-user --user-name maria --tags Key=team,Value=data Key=cost-center,Value=1234
`,
      failsCheck: 'listed',
      message: 'Run `aws iam list-user-tags --user-name maria` (it has not run yet).',
    },
  ],
});
