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
      script:
        append('~/.aws/credentials', credentials) +
        append('~/.aws/config', config.replace('[profile example_1]', '[example_1]')),
      failsCheck: 'config-section',
      message:
        "`~/.aws/config` has `[example_1]`; in this file a named profile's header is `[profile example_1]`.",
    },
    {
      name: "the default profile's region copied",
      script:
        append('~/.aws/credentials', credentials) +
        append('~/.aws/config', config.replace('eu-west-3', 'eu-west-1')),
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
  ],
});
