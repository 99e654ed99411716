// Exercise 2: add the example_1 profile by editing both files; the `[profile x]` / `[x]` trap has its own messages.
import {
  configuredDefaultProfileFiles,
  defineExercise,
  effectiveConfig,
  example1Key,
  iniSection,
  iniValue,
} from '@/lib/grader';

const { accessKeyId, secretAccessKey } = example1Key;
const credentials = `[example_1]\naws_access_key_id = ${accessKeyId}\naws_secret_access_key = ${secretAccessKey}\n`;
const config = '[profile example_1]\nregion = eu-west-3\noutput = text\n';
const append = (path: string, text: string) => `cat >> ${path} <<'EOF'\n${text}EOF\n`;
const withConfig = (header: string, body = 'region = eu-west-3\noutput = text\n') =>
  append('~/.aws/credentials', credentials) + append('~/.aws/config', `${header}\n${body}`);

export default defineExercise({
  id: 'add-named-profile',
  title: 'Add a named profile by editing the files',
  goal: `Your default profile is set up. Add a second profile, \`example_1\`, for the user of the same name
(access key ID \`${accessKeyId}\`, secret access key \`${secretAccessKey}\`), **by editing the files**:

- its keys in \`~/.aws/credentials\`;
- the region \`eu-west-3\` and the output \`text\` in \`~/.aws/config\`.

Open a file with \`nano ~/.aws/credentials\`. Keep the default profile as it is.`,
  setup: { files: configuredDefaultProfileFiles() },
  checks: [
    iniSection({
      id: 'credentials-section',
      label: '`~/.aws/credentials` has an `[example_1]` section',
      path: '~/.aws/credentials',
      kind: 'credentials',
      profile: 'example_1',
    }),
    effectiveConfig({
      id: 'credentials-keys',
      label: "With `--profile example_1`, the CLI finds example_1's keys in the credentials file",
      query: { profile: 'example_1', env: 'files-only' },
      expect: { identity: 'example_1', credentialsSource: 'shared-credentials-file' },
    }),
    iniSection({
      id: 'config-section',
      label: '`~/.aws/config` has a `[profile example_1]` section',
      path: '~/.aws/config',
      kind: 'config',
      profile: 'example_1',
    }),
    iniValue({
      id: 'config-region',
      label: 'example_1 uses the region eu-west-3',
      path: '~/.aws/config',
      kind: 'config',
      profile: 'example_1',
      key: 'region',
      expected: 'eu-west-3',
    }),
    iniValue({
      id: 'config-output',
      label: 'example_1 prints text',
      path: '~/.aws/config',
      kind: 'config',
      profile: 'example_1',
      key: 'output',
      expected: 'text',
    }),
    effectiveConfig({
      id: 'default-kept',
      label: 'The default profile still works (sample_user, eu-west-1)',
      query: { env: 'files-only' },
      expect: { identity: 'sample_user', region: 'eu-west-1' },
    }),
  ],
  hints: [
    'A profile is a section in each file. Add a new section below the existing `[default]` one; do not replace it.',
    'The two files name the section differently: `[example_1]` in `~/.aws/credentials`, `[profile example_1]` in `~/.aws/config`.',
    `In \`~/.aws/credentials\` add \`[example_1]\` with \`aws_access_key_id = ${accessKeyId}\` and \`aws_secret_access_key = …\`; in \`~/.aws/config\` add \`[profile example_1]\` with \`region = eu-west-3\` and \`output = text\`.`,
  ],
  solution: append('~/.aws/credentials', credentials) + append('~/.aws/config', config),
  // Each route was run in real bash 5.2 with the real AWS CLI 2.9.19 in a throwaway HOME (docs/grader-cases.md).
  alternatives: [
    {
      name: 'aws configure set --profile example_1',
      script: `aws configure set aws_access_key_id ${accessKeyId} --profile example_1\naws configure set aws_secret_access_key ${secretAccessKey} --profile example_1\naws configure set region eu-west-3 --profile example_1\naws configure set output text --profile example_1\n`,
    },
    {
      name: 'aws configure --profile example_1 (the prompts)',
      script: `aws configure --profile example_1\n${accessKeyId}\n${secretAccessKey}\neu-west-3\ntext\n`,
    },
    {
      name: 'dotted names profile.example_1.x',
      script: `aws configure set profile.example_1.aws_access_key_id ${accessKeyId}\naws configure set profile.example_1.aws_secret_access_key ${secretAccessKey}\naws configure set profile.example_1.region eu-west-3\naws configure set profile.example_1.output text\n`,
    },
    { name: '[profile  example_1] with two spaces', script: withConfig('[profile  example_1]') },
    { name: '[profile "example_1"] in quotes', script: withConfig('[profile "example_1"]') },
    {
      name: 'appended with printf and tee -a, colon delimiters',
      script: `printf '\\n[example_1]\\naws_access_key_id: ${accessKeyId}\\naws_secret_access_key: ${secretAccessKey}\\n' >> ~/.aws/credentials\nprintf '[profile example_1]\\nregion: eu-west-3\\noutput: text\\n' | tee -a ~/.aws/config\n`,
    },
    {
      name: 'the settings also under [example_1] in the credentials file',
      script:
        append('~/.aws/credentials', `${credentials}region = eu-west-3\n`) + append('~/.aws/config', config),
    },
  ],
  wrongAttempts: [
    {
      name: '`profile` prefix in the credentials file',
      script:
        append('~/.aws/credentials', credentials.replace('[example_1]', '[profile example_1]')) +
        append('~/.aws/config', config),
      failsCheck: 'credentials-section',
      message:
        '`~/.aws/credentials` has `[profile example_1]`; in this file the header is `[example_1]` (the `profile` prefix belongs only in `~/.aws/config`).',
    },
    {
      name: 'no `profile` prefix in the config file',
      script: withConfig('[example_1]'),
      failsCheck: 'config-section',
      message:
        "`~/.aws/config` has `[example_1]`; in this file a named profile's header is `[profile example_1]`.",
    },
    {
      name: "the default profile's region copied",
      script: withConfig('[profile example_1]', 'region = eu-west-1\noutput = text\n'),
      failsCheck: 'config-region',
      message:
        '`region` under `[profile example_1]` in `~/.aws/config` is `eu-west-1`; expected `eu-west-3`.',
    },
    {
      name: 'credentials file overwritten with `>` instead of appended',
      script: `cat > ~/.aws/credentials <<'EOF'\n${credentials}EOF\n` + append('~/.aws/config', config),
      failsCheck: 'default-kept',
      message: 'For the default profile, `aws` finds no credentials.',
    },
    {
      name: 'an extra ] (the editor closed the bracket)',
      script: withConfig('[profile example_1]]'),
      failsCheck: 'config-section',
      message:
        '`~/.aws/config` has `[profile example_1]]`, which the CLI reads as the profile `example_1]`: write `[profile example_1]`.',
    },
    {
      name: 'a space after the opening bracket',
      script: withConfig('[ profile example_1]'),
      failsCheck: 'config-section',
      message:
        '`~/.aws/config` has `[ profile example_1]`, which the CLI does not read as a profile at all: write `[profile example_1]`.',
    },
    {
      name: 'the [default] block pasted again with the new one',
      script:
        append('~/.aws/credentials', `[default]\naws_access_key_id = ${accessKeyId}\n${credentials}`) +
        append('~/.aws/config', config),
      failsCheck: 'credentials-section',
      message: 'The CLI cannot read `~/.aws/credentials`: line 4: section [default] appears twice',
    },
    {
      name: 'key ID and secret swapped',
      script:
        append(
          '~/.aws/credentials',
          `[example_1]\naws_access_key_id = ${secretAccessKey}\naws_secret_access_key = ${accessKeyId}\n`,
        ) + append('~/.aws/config', config),
      failsCheck: 'credentials-keys',
      message: 'which the account does not know: it was never issued, or it was deleted.',
    },
    {
      name: 'output indented under region (read as part of the region)',
      script: withConfig('[profile example_1]', 'region = eu-west-3\n  output = text\n'),
      failsCheck: 'config-output',
      message: '`[profile example_1]` in `~/.aws/config` has no `output` yet.',
    },
    {
      name: 'the keys in the config file only',
      script: append(
        '~/.aws/config',
        `${config}aws_access_key_id = ${accessKeyId}\naws_secret_access_key = ${secretAccessKey}\n`,
      ),
      failsCheck: 'credentials-section',
      message: '`~/.aws/credentials` has no `[example_1]` section yet.',
    },
  ],
});
