// `runAws`: one `aws …` invocation against the simulated account. Its own module, so the sandbox's `aws` command
// loads the CLI without the helpers lib/aws/index.ts gathers for graders (authorization, the policy evaluator).
import type { AwsCallRecord, AwsInvocation, AwsResult } from './types';
import { normalizeAccount } from './account-state';
import type { OutputBuffer } from './cli/command';
import { CliExit, EXIT } from './cli/errors';
import { main } from './cli/main';

function newRecord(): AwsCallRecord {
  return {
    service: null,
    operation: null,
    profile: null,
    credentialSource: null,
    accessKeyId: null,
    identityArn: null,
    region: null,
    output: null,
    outcome: 'ok',
  };
}

/** How an exit code ends a call that did not say more itself. */
function finish(record: AwsCallRecord, exitCode: number, stderr: string): AwsCallRecord {
  const code = /An error occurred \(([^)]+)\) when calling/.exec(stderr)?.[1];
  if (code && record.errorCode === undefined) record.errorCode = code;
  if (record.outcome === 'ok' && exitCode > 1) {
    record.outcome =
      exitCode === EXIT.usage
        ? 'usage-error'
        : exitCode === EXIT.configuration
          ? 'no-credentials'
          : exitCode === EXIT.client
            ? 'client-error'
            : 'error';
  }
  return record;
}

/** Runs one `aws ...` invocation against the simulated account and the learner's files. */
export async function runAws(invocation: AwsInvocation): Promise<AwsResult> {
  const out: OutputBuffer = { stdout: '', stderr: '' };
  const record = newRecord();
  normalizeAccount(invocation.account);
  try {
    const exitCode = await main(invocation, out, record);
    return { stdout: out.stdout, stderr: out.stderr, exitCode, record: finish(record, exitCode, out.stderr) };
  } catch (error) {
    if (error instanceof CliExit) {
      const stderr = out.stderr + error.result.stderr;
      return {
        stdout: out.stdout + error.result.stdout,
        stderr,
        exitCode: error.result.exitCode,
        record: finish(record, error.result.exitCode, stderr),
      };
    }
    // A bug in the simulation: say so plainly instead of pretending to be the real CLI.
    const message = error instanceof Error ? error.message : String(error);
    record.outcome = 'error';
    return {
      stdout: out.stdout,
      stderr: `${out.stderr}\nInternal error in the simulated aws: ${message}\n`,
      exitCode: EXIT.general,
      record,
    };
  }
}
