// Public entry point of the simulated AWS CLI v2: `runAws` and the pure helpers graders reuse.
import type { AwsInvocation, AwsResult } from './types';
import type { OutputBuffer } from './cli/command';
import { CliExit, EXIT } from './cli/errors';
import { main } from './cli/main';

/** Runs one `aws ...` invocation against the simulated account and the learner's files. */
export async function runAws(invocation: AwsInvocation): Promise<AwsResult> {
  const out: OutputBuffer = { stdout: '', stderr: '' };
  try {
    const exitCode = await main(invocation, out);
    return { stdout: out.stdout, stderr: out.stderr, exitCode };
  } catch (error) {
    if (error instanceof CliExit) {
      return {
        stdout: out.stdout + error.result.stdout,
        stderr: out.stderr + error.result.stderr,
        exitCode: error.result.exitCode,
      };
    }
    // A bug in the simulation: say so plainly instead of pretending to be the real CLI.
    const message = error instanceof Error ? error.message : String(error);
    return {
      stdout: out.stdout,
      stderr: `${out.stderr}\nInternal error in the simulated aws: ${message}\n`,
      exitCode: EXIT.general,
    };
  }
}

export { AWS_CLI_VERSION } from './cli/main';
export { resolveConfiguration } from './resolve-configuration';
export type {
  ResolveConfigurationOptions,
  ResolvedConfiguration,
  ResolvedValue,
  ConfigurationSource,
} from './resolve-configuration';
export { Session } from './config/session';
export type { Sourced, ValueSource, SessionOptions } from './config/session';
export { resolveCredentials } from './config/resolve-credentials';
export type { ResolvedCredentials, CredentialMethod } from './config/resolve-credentials';
export { updateConfigFile } from './config/config-writer';
export { parseSharedFile } from './config/parse-shared-file';
export type {
  SharedFileParseResult,
  SharedFileParseError,
  SharedFileSection,
  SharedFileValue,
} from './config/parse-shared-file';
export { AWS_REGIONS, CREDENTIAL_KEYS, KNOWN_CONFIG_KEYS } from './config/known-names';
export { isIssuedKey, checkKeys } from './account';
export { defaultAccount } from './default-account';
export type * from './types';
export { readSharedFile } from './config/read-shared-file';
export type { SharedFileLine, SharedFileReading } from './config/read-shared-file';
export { profileNameOfHeader, profileNames } from './config/profile-map';
