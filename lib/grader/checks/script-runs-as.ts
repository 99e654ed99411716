// Check: running a script (in a throwaway copy of the sandbox) makes its `aws` calls use the right profile
// and identity. The script is judged by what it does when run, never by its text.
import { createSandbox } from '../../shell/index';
import type { ExecutionRecord, SandboxSnapshot } from '../../shell/types';
import { awsCallOf, programOf } from '../records';
import type { Check, CheckOutcome } from '../types';
import type { AwsExpectation } from './ran-command';

export interface ScriptRunsAsOptions {
  id: string;
  label: string;
  /** The script, e.g. `~/deploy.sh`. */
  path: string;
  /** How it is run (default `bash <path>`); it runs in a fresh login shell, as a scheduled job would. */
  command?: string;
  /** What every `aws` call it makes must resolve. */
  expect: AwsExpectation;
  /** Said after the finding when the calls resolve something else (how to fix the script). */
  fix: string;
  /** Also require every `aws` call to succeed (exit 0); `denied` is said after a refused call (how to fix the policy). */
  succeeds?: { denied: string };
}

/** `s3:GetObject` on `arn:…` from a call's explanation, when the service refused it. */
function refusedRequest(call: ExecutionRecord): string {
  const explanation = call.aws?.explanation as
    { authorization?: { action?: string; resource?: string; decision?: string } } | undefined;
  const auth = explanation?.authorization;
  if (!auth?.action || !auth.resource) return '';
  const how = auth.decision === 'explicit-deny' ? 'explicitly denied' : 'not allowed';
  return `: \`${auth.action}\` on \`${auth.resource}\` is ${how}`;
}

/** The most time a script may take before it is judged as hanging. */
const TIME_LIMIT_MS = 3000;
const cache = new Map<string, Promise<ExecutionRecord[] | 'timeout'>>();

/** Runs `command` in a copy of the snapshot (fresh login environment); the records it produced. */
function runCopy(snapshot: SandboxSnapshot, command: string): Promise<ExecutionRecord[] | 'timeout'> {
  // Re-grading an unchanged sandbox (the checklist updates after every command) must not re-run the script.
  const key = JSON.stringify([command, snapshot.files, snapshot.cwd, snapshot.account]);
  let run = cache.get(key);
  if (!run) {
    run = (async () => {
      const copy = await createSandbox({ snapshot: { ...snapshot, records: [] } });
      copy.newSession();
      const before = copy.records().length;
      const result = await copy.run(command, { signal: AbortSignal.timeout(TIME_LIMIT_MS) });
      if (result.exitCode === 130) return 'timeout';
      return copy.records().slice(before);
    })();
    if (cache.size > 16) cache.delete(cache.keys().next().value!);
    cache.set(key, run);
  }
  return run;
}

export function scriptRunsAs(options: ScriptRunsAsOptions): Check {
  const { id, label, path, expect, fix } = options;
  return {
    id,
    label,
    async run(state): Promise<CheckOutcome> {
      const shown = state.displayPath(path);
      if (state.kindOf(path) !== 'file') return { pass: false, message: `\`${shown}\` does not exist.` };
      const command = options.command ?? `bash ${shown}`;
      const records = await runCopy(state.snapshot, command);
      if (records === 'timeout') {
        return { pass: false, message: `\`${command}\` did not finish within ${TIME_LIMIT_MS / 1000} s.` };
      }
      const calls = records.filter((r) => programOf(r) === 'aws');
      if (calls.length === 0)
        return { pass: false, message: `\`${command}\` runs no \`aws\` command. ${fix}` };
      for (const call of calls) {
        const view = await awsCallOf(call, { account: state.account, readFile: state.readFile });
        const shownCall = `\`${call.argv.join(' ')}\``;
        if (view.error)
          return { pass: false, message: `In \`${command}\`, ${shownCall} stops: ${view.error}. ${fix}` };
        const wrongProfile = expect.profile !== undefined && view.profile !== expect.profile;
        const wrongSource =
          expect.credentialSource !== undefined && view.credentialSource !== expect.credentialSource;
        const wrongIdentity = expect.identity !== undefined && view.identity !== expect.identity;
        if (wrongProfile || wrongSource || wrongIdentity) {
          const who = view.identity ? ` as \`${view.identity}\`` : '';
          const from = view.credentialSource === 'env' ? ' with keys from environment variables' : '';
          return {
            pass: false,
            message: `When \`${command}\` runs, ${shownCall} uses the profile \`${view.profile}\`${who}${from}. ${fix}`,
          };
        }
        if (options.succeeds && call.exitCode !== 0) {
          const code = call.aws?.errorCode;
          const denied = call.aws?.outcome === 'access-denied';
          const ended = denied
            ? `is refused with ${code ?? 'AccessDenied'}${refusedRequest(call)}`
            : `fails${code ? ` with ${code}` : ''} (exit status ${call.exitCode})`;
          const then = denied ? options.succeeds.denied : 'Run it yourself and read the error.';
          return { pass: false, message: `When \`${command}\` runs, ${shownCall} ${ended}. ${then}` };
        }
      }
      return { pass: true };
    },
  };
}
