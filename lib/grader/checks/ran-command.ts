// Check: a command really ran (read from the engine's execution records, never from the history text),
// with the environment it received and, for `aws`, the profile, credentials and identity it used.
import type { ExecutionRecord } from '../../shell/types';
import type { AwsCallView } from '../records';
import type { Check, CheckOutcome, GradeState } from '../types';

/** What an `aws` call must have resolved. */
export interface AwsExpectation {
  profile?: string;
  /** `env`, `shared-credentials-file`, `config-file`… (as `aws configure list` names it). */
  credentialSource?: string;
  /** The simulated user it acted as. */
  identity?: string;
}

export interface RanCommandOptions {
  id: string;
  label: string;
  /** Which records count, e.g. `(r) => isAws(r, 'sts', 'get-caller-identity')`. */
  matches: (record: ExecutionRecord, state: GradeState) => boolean;
  /** How to name the command in messages, e.g. `aws sts get-caller-identity --profile example_1`. */
  display: string;
  /** Variables the program must have received (this value, or any non-empty one for `true`). */
  whileExported?: Record<string, string | true>;
  /** Never print the received values of these variables (secret keys). */
  secret?: string[];
  /** For `aws`: what the call must have resolved. */
  aws?: AwsExpectation;
  /** Also accept a failing run (default: exit status 0 required). */
  anyExitCode?: boolean;
}

const SOURCE_WORDS: Record<string, string> = {
  env: 'environment variables',
  'shared-credentials-file': 'the shared credentials file',
  'config-file': 'the config file',
  option: 'a command-line option',
};
const sourceWords = (source: string | null) => (source ? (SOURCE_WORDS[source] ?? source) : 'nowhere');

const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

function exportProblem(record: ExecutionRecord, options: RanCommandOptions): string | null {
  const wanted = options.whileExported ?? {};
  const missing: string[] = [];
  for (const [name, value] of Object.entries(wanted)) {
    const actual = record.env[name];
    if (actual === undefined || actual === '')
      missing.push(value === true ? `\`${name}\`` : `\`${name}=${value}\``);
    else if (value !== true && actual !== value) {
      return options.secret?.includes(name)
        ? `\`${options.display}\` ran with a \`${name}\` that is not the one asked for.`
        : `\`${options.display}\` ran with \`${name}=${actual}\`; expected \`${name}=${value}\`.`;
    }
  }
  if (missing.length === 0) return null;
  return `\`${options.display}\` ran, but not while ${list(missing)} ${missing.length > 1 ? 'were' : 'was'} exported.`;
}

function awsProblem(view: AwsCallView, expected: AwsExpectation, display: string): string | null {
  if (view.error) return `\`${display}\` ran, but \`aws\` stopped: ${view.error}.`;
  if (expected.credentialSource && view.credentialSource !== expected.credentialSource) {
    let why = '';
    if (expected.credentialSource === 'env' && view.profileSource === 'option')
      why = ' `--profile` makes the CLI ignore the keys in the environment.';
    else if (view.credentialSource === 'env')
      why = ' Exported `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY` beat any profile: `unset` them first.';
    return `\`${display}\` ran, but its credentials came from ${sourceWords(view.credentialSource)}; expected ${sourceWords(expected.credentialSource)}.${why}`;
  }
  if (expected.profile !== undefined && view.profile !== expected.profile) {
    return `\`${display}\` ran with the profile \`${view.profile}\`; expected \`${expected.profile}\`.`;
  }
  if (expected.identity !== undefined && view.identity !== expected.identity) {
    const who = view.identity
      ? `as \`${view.identity}\``
      : view.credentialSource
        ? 'with a key pair the lesson did not issue'
        : 'without credentials';
    const why =
      view.credentialSource === 'env' && view.profileSource === 'env'
        ? ' Exported `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY` beat `AWS_PROFILE`: `unset` them first.'
        : '';
    return `\`${display}\` ran ${who} (credentials from ${sourceWords(view.credentialSource)}); expected \`${expected.identity}\`.${why}`;
  }
  return null;
}

export function ranCommand(options: RanCommandOptions): Check {
  const { id, label, matches, display, anyExitCode = false } = options;
  return {
    id,
    label,
    async run(state): Promise<CheckOutcome> {
      const candidates = state.records.filter((record) => matches(record, state));
      if (candidates.length === 0)
        return { pass: false, message: `Run \`${display}\` (it has not run yet).` };
      let problem = '';
      const fitting: ExecutionRecord[] = [];
      for (const record of candidates) {
        const exported = exportProblem(record, options);
        const resolved =
          !exported && options.aws ? awsProblem(await state.awsCall(record), options.aws, display) : null;
        if (exported || resolved) problem = (exported ?? resolved)!;
        else fitting.push(record);
      }
      if (fitting.length === 0) return { pass: false, message: problem };
      if (anyExitCode || fitting.some((record) => record.exitCode === 0)) return { pass: true };
      const last = fitting[fitting.length - 1]!;
      return {
        pass: false,
        message: `\`${last.argv.join(' ')}\` failed (exit status ${last.exitCode}); fix it and run it again.`,
      };
    },
  };
}
