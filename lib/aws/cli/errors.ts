// The CLI's error results: each error ends the command with the real CLI's wording and exit code.
import type { AwsResult } from '../types';

/** Exit codes of AWS CLI v2 (awscli/constants.py). */
export const EXIT = {
  ok: 0,
  /** `configure get` of a missing value. */
  notFound: 1,
  /** Usage errors (argparse, unknown options, bad parameter values). */
  usage: 252,
  /** Missing credentials or region. */
  configuration: 253,
  /** An error returned by the AWS service. */
  client: 254,
  /** Anything else (unparsable files, missing profiles, connection errors). */
  general: 255,
} as const;

/** Thrown to end a command early with a result; caught once in `runAws`. */
export class CliExit extends Error {
  constructor(readonly result: AwsResult) {
    super(result.stderr.trim() || `exit ${result.exitCode}`);
  }
}

/** A general error: the CLI prints a blank line, the message and a newline, then exits 255. */
export function generalError(message: string, exitCode: number = EXIT.general, stdout = ''): CliExit {
  return new CliExit({ stdout, stderr: `\n${message}\n`, exitCode });
}

export const USAGE_TEXT =
  'usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n' +
  'To see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n';

/** An argparse error: usage, a blank line, `aws: error: <message>` and a trailing blank line. */
export function usageError(message: string, usage = USAGE_TEXT): CliExit {
  return new CliExit({ stdout: '', stderr: `\n${usage}\naws: error: ${message}\n\n`, exitCode: EXIT.usage });
}

export function unknownOptionsError(remaining: string[]): CliExit {
  return generalError(`Unknown options: ${remaining.join(',')}`, EXIT.usage);
}

export function profileNotFound(profile: string): CliExit {
  return generalError(`The config profile (${profile}) could not be found`);
}

export function configParseError(path: string): CliExit {
  return generalError(`Unable to parse config file: ${path}`);
}

export function noCredentialsError(): CliExit {
  return generalError(
    'Unable to locate credentials. You can configure credentials by running "aws configure".',
    EXIT.configuration,
  );
}

export function noRegionError(): CliExit {
  return generalError(
    'You must specify a region. You can also configure your region by running "aws configure".',
    EXIT.configuration,
  );
}

export function partialCredentialsError(provider: string, missing: string): CliExit {
  return generalError(`Partial credentials found in ${provider}, missing: ${missing}`);
}
