// Exercise 6: `chmod 600` the credentials file and move a key hard-coded in a deploy script into a profile.
import {
  configFileText,
  credentialsFileText,
  defineExercise,
  effectiveConfig,
  example1Key,
  fileMode,
  fileNotContains,
  iniSection,
  sampleUserKey,
  scriptRunsAs,
} from '@/lib/grader';

const { accessKeyId, secretAccessKey } = example1Key;
const deployScript = (body: string) =>
  `#!/bin/bash\n# Lists the buckets the nightly report goes to.\n${body}aws s3 ls\n`;
const leakyScript = deployScript(
  `export AWS_ACCESS_KEY_ID=${accessKeyId}\nexport AWS_SECRET_ACCESS_KEY=${secretAccessKey}\n`,
);
const deploySection = `[deploy]\naws_access_key_id = ${accessKeyId}\naws_secret_access_key = ${secretAccessKey}\n`;
const addProfile = `cat >> ~/.aws/credentials <<'EOF'\n${deploySection}EOF\n`;
const writeScript = (text: string) => `cat > ~/deploy.sh <<'EOF'\n${text}EOF\n`;
const withProfileCreated = (script: string) =>
  `chmod 600 ~/.aws/credentials\n${addProfile}${writeScript(script)}`;
// Keys exported in the calling shell would still win over AWS_PROFILE: the script drops them first.
const safeScript = deployScript('unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY\nexport AWS_PROFILE=deploy\n');

export default defineExercise({
  id: 'lock-down-credentials',
  title: 'Lock down the credentials',
  goal: `Two problems on this machine:

1. \`~/.aws/credentials\` can be read by every user (\`ls -l ~/.aws\`). Make it readable and writable by you only.
2. \`~/deploy.sh\` has an access key written into it. Move that key pair into a new profile called
   \`deploy\` in \`~/.aws/credentials\`, and make the script use the profile (\`--profile deploy\` or
   \`export AWS_PROFILE=deploy\`) with no key left in it.`,
  setup: {
    files: {
      '~/.aws/credentials': { content: credentialsFileText({ default: sampleUserKey }), mode: 0o644 },
      '~/.aws/config': {
        content: configFileText({ default: { region: 'eu-west-1', output: 'json' } }),
        mode: 0o600,
      },
      '~/deploy.sh': { content: leakyScript, mode: 0o755 },
    },
  },
  checks: [
    fileMode({
      id: 'credentials-private',
      label: '`~/.aws/credentials` has mode 600',
      path: '~/.aws/credentials',
      mode: 0o600,
    }),
    iniSection({
      id: 'deploy-section',
      label: '`~/.aws/credentials` has a `[deploy]` section',
      path: '~/.aws/credentials',
      kind: 'credentials',
      profile: 'deploy',
    }),
    effectiveConfig({
      id: 'deploy-profile',
      label: "`--profile deploy` uses the script's key pair from the credentials file",
      query: { profile: 'deploy', env: 'files-only' },
      expect: { identity: 'example_1', credentialsSource: 'shared-credentials-file' },
    }),
    fileNotContains({
      id: 'no-key-in-script',
      label: '`~/deploy.sh` contains no access key',
      path: '~/deploy.sh',
      pattern: /(AKIA|ASIA)[A-Z0-9]{16}/,
      message: (found) => `\`~/deploy.sh\` still contains the access key \`${found}\`: delete that line.`,
    }),
    fileNotContains({
      id: 'no-secret-in-script',
      label: '`~/deploy.sh` contains no secret access key',
      path: '~/deploy.sh',
      // The secret itself, or any literal value assigned to the variable (`$(...)` or `unset` are fine).
      pattern: new RegExp(
        `${secretAccessKey.replace(/[/+]/g, '\\$&')}|AWS_SECRET_ACCESS_KEY\\s*=\\s*[^\\s$]`,
      ),
      message: () => '`~/deploy.sh` still contains the secret access key: delete that line.',
    }),
    scriptRunsAs({
      id: 'script-uses-profile',
      label: '`bash ~/deploy.sh` calls `aws` with the deploy profile',
      path: '~/deploy.sh',
      // Run in a fresh login shell, as a nightly job would: the script itself must choose the profile.
      expect: { profile: 'deploy', identity: 'example_1' },
      fix: 'The script must choose the profile itself: add `--profile deploy` to its `aws` command, or `export AWS_PROFILE=deploy` before it.',
    }),
  ],
  hints: [
    '`chmod` changes permissions; `600` means read and write for the owner, nothing for anyone else. A profile is a section in `~/.aws/credentials`.',
    `Add a \`[deploy]\` section with the two keys from the script to \`~/.aws/credentials\` (\`nano ~/.aws/credentials\`), then open \`~/deploy.sh\` and replace the two \`export\` lines.`,
    'Run `chmod 600 ~/.aws/credentials`; add `[deploy]` with `aws_access_key_id` and `aws_secret_access_key`; in the script replace both `export AWS_…` lines with `export AWS_PROFILE=deploy`.',
  ],
  solution: `chmod 600 ~/.aws/credentials\n${addProfile}${writeScript(safeScript)}`,
  // Each route was run in real bash 5.2 with the real AWS CLI 2.9.19 (s3 answered by the loopback stub) in a
  // throwaway HOME, and `bash ~/deploy.sh` then run in a clean login environment (docs/grader-cases.md).
  alternatives: [
    {
      name: '--profile on the aws line',
      script: withProfileCreated(deployScript('').replace('aws s3 ls', 'aws s3 ls --profile deploy')),
    },
    {
      name: 'AWS_PROFILE for the one command',
      script: withProfileCreated(deployScript('').replace('aws s3 ls', 'AWS_PROFILE=deploy aws s3 ls')),
    },
    {
      name: 'the profile made with aws configure set, chmod go-rwx',
      script: `aws configure set aws_access_key_id ${accessKeyId} --profile deploy\naws configure set aws_secret_access_key ${secretAccessKey} --profile deploy\nchmod go-rwx ~/.aws/credentials\n${writeScript(deployScript('export AWS_PROFILE=deploy\n'))}`,
    },
    {
      name: 'the profile name from a variable, chmod u=rw,go=',
      script: `chmod u=rw,go= ~/.aws/credentials\n${addProfile}${writeScript(deployScript('p=deploy\nexport AWS_PROFILE="$p"\n'))}`,
    },
    {
      name: 'a function in the script adds --profile',
      script: withProfileCreated(`#!/bin/bash\nawsd() { aws "$@" --profile deploy; }\nawsd s3 ls\n`),
    },
    {
      name: 'the script edited in place with sed',
      script: `chmod 0600 ~/.aws/credentials\n${addProfile}sed -i -e 's/^export AWS_ACCESS_KEY_ID=.*/export AWS_PROFILE=deploy/' -e '/AWS_SECRET_ACCESS_KEY/d' ~/deploy.sh\n`,
    },
    {
      name: 'uppercase key names in the new section',
      script: `chmod 600 ~/.aws/credentials\ncat >> ~/.aws/credentials <<'EOF'\n[deploy]\nAWS_ACCESS_KEY_ID = ${accessKeyId}\nAWS_SECRET_ACCESS_KEY = ${secretAccessKey}\nEOF\n${writeScript(safeScript)}`,
    },
  ],
  wrongAttempts: [
    {
      name: 'chmod on the folder instead of the file',
      script: `chmod 700 ~/.aws\n${addProfile}${writeScript(safeScript)}`,
      failsCheck: 'credentials-private',
      message:
        '`~/.aws/credentials` has mode 644 (`rw-r--r--`): other users can read it. Expected 600 (`rw-------`): `chmod 600 ~/.aws/credentials`.',
    },
    {
      name: 'keys deleted from the script but no profile made',
      script: `chmod 600 ~/.aws/credentials\n${writeScript(safeScript)}`,
      failsCheck: 'deploy-section',
      message: '`~/.aws/credentials` has no `[deploy]` section yet.',
    },
    {
      name: 'profile added but the key left in the script',
      script: `chmod 600 ~/.aws/credentials\n${addProfile}${writeScript(leakyScript.replace('aws s3 ls', 'aws s3 ls --profile deploy'))}`,
      failsCheck: 'no-key-in-script',
      message: `\`~/deploy.sh\` still contains the access key \`${accessKeyId}\`: delete that line.`,
    },
    {
      name: 'the key line deleted but the secret line left',
      script: `chmod 600 ~/.aws/credentials\n${addProfile}${writeScript(deployScript(`export AWS_SECRET_ACCESS_KEY=${secretAccessKey}\nexport AWS_PROFILE=deploy\n`))}`,
      failsCheck: 'no-secret-in-script',
      message: '`~/deploy.sh` still contains the secret access key: delete that line.',
    },
    {
      name: 'keys removed but no profile chosen in the script',
      script: withProfileCreated(deployScript('')),
      failsCheck: 'script-uses-profile',
      message:
        'When `bash ~/deploy.sh` runs, `aws s3 ls` uses the profile `default` as `sample_user`. The script must choose the profile itself',
    },
    {
      name: 'AWS_PROFILE assigned in the script but not exported',
      script: withProfileCreated(deployScript('AWS_PROFILE=deploy\n')),
      failsCheck: 'script-uses-profile',
      message: 'When `bash ~/deploy.sh` runs, `aws s3 ls` uses the profile `default` as `sample_user`.',
    },
    {
      name: 'the profile named only in a comment and an echo',
      script: withProfileCreated(
        deployScript('# use --profile deploy (AWS_PROFILE=deploy)\necho "aws s3 ls --profile deploy"\n'),
      ),
      failsCheck: 'script-uses-profile',
      message: 'When `bash ~/deploy.sh` runs, `aws s3 ls` uses the profile `default` as `sample_user`.',
    },
    {
      name: 'the export in a branch that never runs',
      script: withProfileCreated(deployScript('if false; then export AWS_PROFILE=deploy; fi\n')),
      failsCheck: 'script-uses-profile',
      message: 'When `bash ~/deploy.sh` runs, `aws s3 ls` uses the profile `default` as `sample_user`.',
    },
    {
      name: 'the profile name in another case',
      script: withProfileCreated(deployScript('').replace('aws s3 ls', 'aws s3 ls --profile Deploy')),
      failsCheck: 'script-uses-profile',
      message:
        'In `bash ~/deploy.sh`, `aws s3 ls --profile Deploy` stops: The config profile (Deploy) could not be found.',
    },
    {
      name: '[profile deploy] in the credentials file',
      script: `chmod 600 ~/.aws/credentials\ncat >> ~/.aws/credentials <<'EOF'\n[profile deploy]\naws_access_key_id = ${accessKeyId}\naws_secret_access_key = ${secretAccessKey}\nEOF\n${writeScript(safeScript)}`,
      failsCheck: 'deploy-section',
      message:
        '`~/.aws/credentials` has `[profile deploy]`; in this file the header is `[deploy]` (the `profile` prefix belongs only in `~/.aws/config`).',
    },
  ],
});
