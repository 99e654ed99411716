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
  wrongAttempts: [
    {
      name: 'the removed singular attribute',
      script: write('  shared_credentials_file = "~/.aws/credentials"\n  profile = "example_1"\n'),
      failsCheck: 'credentials-files',
      message: '`shared_credentials_file` (singular) was removed from the AWS provider',
    },
    {
      name: 'a string where a list belongs',
      script: write('  shared_credentials_files = "~/.aws/credentials"\n  profile = "example_1"\n'),
      failsCheck: 'credentials-files',
      message:
        '`shared_credentials_files` must be a list, in square brackets: `shared_credentials_files = ["~/.aws/credentials"]`.',
    },
    {
      name: "the config file's section header as the profile name",
      script: write('  shared_credentials_files = ["~/.aws/credentials"]\n  profile = "profile example_1"\n'),
      failsCheck: 'profile',
      message: '`profile` is `"profile example_1"`; expected `"example_1"`.',
    },
  ],
});
