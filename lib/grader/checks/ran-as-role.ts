// Check: an `aws` call really authenticated as a session of a role (read from the execution records: the
// identity AWS recognised), optionally with a session name and through a credential source.
import type { ExecutionRecord } from '../../shell/types';
import type { Check, CheckOutcome, GradeState } from '../types';
import { awsOption } from '../records';

export interface RanAsRoleOptions {
  id: string;
  label: string;
  /** Which records count, e.g. `(r) => isAws(r, 'sts', 'get-caller-identity')`. */
  matches: (record: ExecutionRecord, state: GradeState) => boolean;
  /** How to name the command in messages. */
  display: string;
  roleName: string;
  /** The session name the call's ARN must end with (`assumed-role/Role/<sessionName>`). */
  sessionName?: string;
  /** Where the temporary credentials must come from: `env` (exported keys) or `assume-role` (a role profile). */
  credentialSource?: 'env' | 'assume-role';
  /** The profile the call must have used (from `--profile` or `AWS_PROFILE`). */
  profile?: string;
}

const ASSUMED = /^arn:aws:sts::\d{12}:assumed-role\/([^/]+)\/(.+)$/;

const HOW: Record<string, string> = {
  env: 'the exported `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN`',
  'assume-role': 'a role profile (`role_arn` and `source_profile`)',
};

/** What was wrong with one matching call, or null when it is the call asked for. */
function problemOf(record: ExecutionRecord, options: RanAsRoleOptions, stopped?: string): string | null {
  const { display, roleName, sessionName, credentialSource, profile } = options;
  const aws = record.aws;
  const arn = aws?.identityArn ?? null;
  const env = record.env;
  if (!arn) {
    const key = aws?.accessKeyId ?? env.AWS_ACCESS_KEY_ID ?? '';
    if (key.startsWith('ASIA') && !env.AWS_SESSION_TOKEN && aws?.credentialSource === 'env') {
      return `\`${display}\` ran with a temporary key (\`ASIA…\`) but without \`AWS_SESSION_TOKEN\`: AWS refuses temporary keys without their session token, so export it too.`;
    }
    if (aws?.errorCode) return `\`${display}\` failed: AWS answered \`${aws.errorCode}\`.`;
    if (stopped) return `\`${display}\` stopped before reaching AWS: ${stopped}.`;
    return `\`${display}\` did not reach AWS (exit status ${record.exitCode}): fix the error it printed and run it again.`;
  }
  const match = ASSUMED.exec(arn);
  if (!match) {
    const why =
      awsOption(record, '--profile') !== undefined && env.AWS_ACCESS_KEY_ID?.startsWith('ASIA')
        ? ' `--profile` makes the CLI ignore the keys in the environment.'
        : credentialSource === 'env' && !env.AWS_ACCESS_KEY_ID
          ? ' The temporary keys were not exported when it ran.'
          : '';
    return `\`${display}\` ran as \`${arn}\`, not as the role \`${roleName}\`.${why}`;
  }
  if (match[1] !== roleName)
    return `\`${display}\` ran as the role \`${match[1]}\`; expected \`${roleName}\`.`;
  if (profile !== undefined && aws?.profile !== profile) {
    return `\`${display}\` ran as the role, but through the profile \`${aws?.profile ?? 'default'}\`; this step asks for the profile \`${profile}\`.`;
  }
  if (credentialSource && aws?.credentialSource !== credentialSource) {
    return `\`${display}\` ran as the role, but with its credentials from ${HOW[aws?.credentialSource ?? ''] ?? `\`${aws?.credentialSource ?? 'nowhere'}\``}; this step asks for ${HOW[credentialSource]}.`;
  }
  if (sessionName !== undefined && match[2] !== sessionName) {
    return `\`${display}\` ran as \`${arn}\`: the session is named \`${match[2]}\`; expected \`${sessionName}\`.`;
  }
  if (record.exitCode !== 0) {
    return `\`${display}\` ran as the role but failed (exit status ${record.exitCode}${aws?.errorCode ? `, \`${aws.errorCode}\`` : ''}).`;
  }
  return null;
}

export function ranAsRole(options: RanAsRoleOptions): Check {
  const { id, label, matches, display } = options;
  return {
    id,
    label,
    async run(state): Promise<CheckOutcome> {
      const candidates = state.records.filter((record) => matches(record, state));
      if (candidates.length === 0)
        return { pass: false, message: `Run \`${display}\` (it has not run yet).` };
      let problem = '';
      for (const record of candidates) {
        // A call that stopped in the CLI (missing source profile, partial credentials…) says why when resolved again.
        const stopped = record.aws?.identityArn ? undefined : (await state.awsCall(record)).error;
        const found = problemOf(record, options, stopped);
        if (found === null) return { pass: true };
        problem = found;
      }
      return { pass: false, message: problem };
    },
  };
}
