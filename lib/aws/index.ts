// Public entry point of the simulated AWS CLI v2: `runAws` and the pure resolution helpers.
import type { AwsInvocation, AwsResult } from './types';

export const AWS_CLI_VERSION =
  'aws-cli/2.9.19 Python/3.11.2 Linux/6.18.44-fc-v769 source/x86_64.debian.12 prompt/off';

const USAGE =
  '\nusage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n' +
  'To see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n\n';

/** Runs one `aws ...` invocation against the simulated account and the learner's files. */
export async function runAws(invocation: AwsInvocation): Promise<AwsResult> {
  const { argv } = invocation;
  if (argv.includes('--version')) return { stdout: `${AWS_CLI_VERSION}\n`, stderr: '', exitCode: 0 };
  if (argv.length === 0) {
    return {
      stdout: '',
      stderr: `${USAGE}aws: error: the following arguments are required: command\n`,
      exitCode: 252,
    };
  }
  return { stdout: '', stderr: `${USAGE}aws: error: argument command: Invalid choice\n`, exitCode: 252 };
}

export type { AwsInvocation, AwsResult } from './types';
