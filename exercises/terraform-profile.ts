// Exercise 7: point Terraform's AWS provider at the shared credentials file and the example_1 profile.
import {
  configFileText,
  credentialsFileText,
  defineExercise,
  example1Key,
  sampleUserKey,
  terraformAttribute,
} from '@/lib/grader';

const mainTf = (provider: string) => `terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = "eu-west-3"
${provider}}

resource "aws_s3_bucket" "reports" {
  bucket = "example-1-reports"
}
`;
const write = (provider: string) => `cat > ~/infra/main.tf <<'EOF'\n${mainTf(provider)}EOF\n`;
const withAttributes = (...lines: string[]) => write(lines.map((l) => `  ${l}\n`).join(''));
const solvedProvider =
  '  shared_credentials_files = ["~/.aws/credentials"]\n  profile                  = "example_1"\n';
const provider = { type: 'provider', labels: ['aws'] };

export default defineExercise({
  id: 'terraform-profile',
  title: 'Point Terraform at a profile',
  goal: `Terraform's AWS provider reads the same shared files as the CLI. Open \`~/infra/main.tf\`
(\`nano ~/infra/main.tf\`) and complete the \`provider "aws"\` block so that it reads the keys from
\`~/.aws/credentials\` and uses the \`example_1\` profile. Keep the region as it is.`,
  setup: {
    files: {
      '~/.aws/credentials': {
        content: credentialsFileText({ default: sampleUserKey, example_1: example1Key }),
        mode: 0o600,
      },
      '~/.aws/config': {
        content: configFileText({ default: { region: 'eu-west-1' }, example_1: { region: 'eu-west-3' } }),
        mode: 0o600,
      },
      '~/infra/main.tf': mainTf('  # TODO: the shared credentials file and the example_1 profile\n'),
    },
    cwd: '~/infra',
  },
  checks: [
    terraformAttribute({
      id: 'credentials-files',
      label: 'The provider reads `~/.aws/credentials` (`shared_credentials_files`)',
      path: '~/infra/main.tf',
      block: provider,
      attribute: 'shared_credentials_files',
      expected: ['~/.aws/credentials'],
      // Terraform expands `~`; the absolute path names the same file.
      paths: true,
      renamedFrom: {
        name: 'shared_credentials_file',
        message:
          '`shared_credentials_file` (singular) was removed from the AWS provider; today it is `shared_credentials_files`, a list: `shared_credentials_files = ["~/.aws/credentials"]`.',
      },
    }),
    terraformAttribute({
      id: 'profile',
      label: 'The provider uses the example_1 profile',
      path: '~/infra/main.tf',
      block: provider,
      attribute: 'profile',
      expected: 'example_1',
    }),
    terraformAttribute({
      id: 'region-kept',
      label: 'The provider still uses the region eu-west-3',
      path: '~/infra/main.tf',
      block: provider,
      attribute: 'region',
      expected: 'eu-west-3',
    }),
  ],
  hints: [
    'The provider block takes the path of the credentials file and the name of the profile, like `--profile` does for the CLI.',
    'The attribute for the file is plural, `shared_credentials_files`, and takes a list in square brackets. The profile is a quoted string.',
    'Inside `provider "aws" { … }` add `shared_credentials_files = ["~/.aws/credentials"]` and `profile = "example_1"`.',
  ],
  solution: write(solvedProvider),
  // Each file was checked with the real Terraform 1.11.4 and AWS provider 5.100.0 (`terraform init` from a
  // local mirror, then `terraform validate`); see docs/grader-cases.md.
  alternatives: [
    {
      name: 'the absolute path to the same file',
      script: withAttributes(
        'shared_credentials_files = ["/home/learner/.aws/credentials"]',
        'profile = "example_1"',
      ),
    },
    {
      name: 'profile first, spaces inside the list',
      script: withAttributes('profile = "example_1"', 'shared_credentials_files = [ "~/.aws/credentials" ]'),
    },
    {
      name: 'a list over several lines with a trailing comma',
      script: withAttributes(
        'shared_credentials_files = [',
        '  "~/.aws/credentials",',
        ']',
        'profile = "example_1"',
      ),
    },
    {
      name: 'comments of all three kinds around',
      script: withAttributes(
        '# the keys live in the shared file',
        'shared_credentials_files = ["~/.aws/credentials"] // same file as the CLI',
        '/* the profile */ profile = "example_1"',
      ),
    },
    {
      name: 'an aliased second provider beside the default one',
      script: `${write(solvedProvider)}cat >> ~/infra/main.tf <<'EOF'\nprovider "aws" {\n  alias  = "virginia"\n  region = "us-east-1"\n}\nEOF\n`,
    },
    {
      name: 'written by relative path from ~/infra',
      script: write(solvedProvider).replace('~/infra/main.tf', 'main.tf'),
    },
    {
      name: 'the shared config file named too',
      script: withAttributes(
        'shared_config_files      = ["~/.aws/config"]',
        'shared_credentials_files = ["~/.aws/credentials"]',
        'profile                  = "example_1"',
      ),
    },
  ],
  wrongAttempts: [
    {
      name: 'the removed singular attribute',
      script: withAttributes('shared_credentials_file = "~/.aws/credentials"', 'profile = "example_1"'),
      failsCheck: 'credentials-files',
      message: '`shared_credentials_file` (singular) was removed from the AWS provider',
    },
    {
      name: 'a string where a list belongs',
      script: withAttributes('shared_credentials_files = "~/.aws/credentials"', 'profile = "example_1"'),
      failsCheck: 'credentials-files',
      message:
        '`shared_credentials_files` must be a list, in square brackets: `shared_credentials_files = ["~/.aws/credentials"]`.',
    },
    {
      name: "the config file's section header as the profile name",
      script: withAttributes(
        'shared_credentials_files = ["~/.aws/credentials"]',
        'profile = "profile example_1"',
      ),
      failsCheck: 'profile',
      message: '`profile` is `"profile example_1"`; expected `"example_1"`.',
    },
    {
      name: 'profile given twice',
      script: withAttributes(
        'shared_credentials_files = ["~/.aws/credentials"]',
        'profile = "default"',
        'profile = "example_1"',
      ),
      failsCheck: 'profile',
      message:
        '`~/infra/main.tf` is not valid Terraform: line 14: the argument `profile` was already set on line 13, and each argument may be set only once.',
    },
    {
      name: 'the old singular beside the new plural',
      script: withAttributes(
        'shared_credentials_file  = "~/.aws/credentials"',
        'shared_credentials_files = ["~/.aws/credentials"]',
        'profile = "example_1"',
      ),
      failsCheck: 'credentials-files',
      message: '`shared_credentials_file` (singular) was removed from the AWS provider',
    },
    {
      name: 'a second default provider block',
      script: `${write('')}cat >> ~/infra/main.tf <<'EOF'\nprovider "aws" {\n${solvedProvider}}\nEOF\n`,
      failsCheck: 'credentials-files',
      message:
        '`~/infra/main.tf` has two default `provider "aws"` blocks (lines 10 and 17), which Terraform refuses ("Duplicate provider configuration"): merge them into one, or give the second an `alias`.',
    },
    {
      name: 'the profile only in a comment',
      script: withAttributes('shared_credentials_files = ["~/.aws/credentials"]', '# profile = "example_1"'),
      failsCheck: 'profile',
      message: 'The `provider "aws"` block has no `profile` yet: `profile = "example_1"`.',
    },
    {
      name: 'the config file instead of the credentials file',
      script: withAttributes('shared_credentials_files = ["~/.aws/config"]', 'profile = "example_1"'),
      failsCheck: 'credentials-files',
      message: '`shared_credentials_files` is `["~/.aws/config"]`; expected `["~/.aws/credentials"]`.',
    },
    {
      name: 'the profile name without quotes',
      script: withAttributes('shared_credentials_files = ["~/.aws/credentials"]', 'profile = example_1'),
      failsCheck: 'profile',
      message: '`profile` must be a quoted string: `profile = "example_1"`.',
    },
  ],
});
