// `why` (sandbox only): explains the last `aws` call: credential chain, authentication, policy decision.
import { defineCommand, type CustomCommand } from 'just-bash';
import {
  explainCall,
  explanationText,
  noAuthorizationReason,
  type StructuredExplanation,
} from '../../aws/policy/explain';
import type { ExecutionRecord } from '../types';
import { fail, ok, type CommandResult } from './command-result';
import { shellQuote } from './env';

export const whyHelp = {
  name: 'why',
  summary:
    'explain the last aws command: where its credentials came from and which policy statements decided',
  usage: 'why [--json]',
  options: [
    ['--json', 'print the explanation as JSON (the data the terminal panel shows)'],
    ['-h, --help', 'show this help'],
  ],
} as const;

const USAGE = `usage: ${whyHelp.usage}\n`;

function help(): string {
  const options = whyHelp.options.map(([flag, text]) => `  ${flag.padEnd(12)}${text}\n`).join('');
  return `${USAGE}\n${whyHelp.name}: ${whyHelp.summary}.\n\n${options}`;
}

/** The newest `aws` call of a sandbox, explained: what `why` prints and the terminal's panel shows. */
export interface LastAwsCall {
  /** The record's `seq` (a new call has a new one). */
  seq: number;
  /** The command line as run, shell-quoted. */
  commandLine: string;
  exitCode: number;
  /** Null when the call left no details (`aws configure list`, a usage error before the pipeline). */
  explanation: StructuredExplanation | null;
  /** Why no permission was checked ("none: the CLI rejected the command line…"), when none was. */
  noAuthorization: string | null;
}

const isAws = (r: ExecutionRecord) => r.aws !== undefined || r.argv[0]?.split('/').pop() === 'aws';

/** The newest `aws` record explained, or null when no `aws` command has run. */
export function explainLastAwsCall(records: readonly ExecutionRecord[]): LastAwsCall | null {
  let last: ExecutionRecord | undefined;
  for (let i = records.length - 1; i >= 0 && !last; i--) if (isAws(records[i]!)) last = records[i];
  if (!last) return null;
  const commandLine = last.argv.map(shellQuote).join(' ');
  const { aws } = last;
  const base = { seq: last.seq, commandLine, exitCode: last.exitCode };
  if (!aws) return { ...base, explanation: null, noAuthorization: null };
  const call = {
    commandLine,
    exitCode: last.exitCode,
    outcome: aws.outcome,
    profile: aws.profile,
    identityArn: aws.identityArn,
    accessKeyId: aws.accessKeyId,
    ...(aws.errorCode !== undefined && { errorCode: aws.errorCode }),
  };
  const explanation = explainCall(call, aws.explanation);
  const noAuthorization = explanation.authorization ? null : noAuthorizationReason(aws.outcome);
  return { ...base, explanation, noAuthorization };
}

/** The explanation of the newest `aws` record, or the message that there is none yet. */
export function runWhy(args: string[], records: ExecutionRecord[]): CommandResult {
  let json = false;
  for (const arg of args) {
    if (arg === '--json') json = true;
    else if (arg === '-h' || arg === '--help') return ok(help());
    else return fail(`why: unknown argument '${arg}'\n${USAGE}`, 2);
  }
  const last = explainLastAwsCall(records);
  if (!last) {
    return fail(
      'why: no aws command has run in this sandbox yet: run one (e.g. aws sts get-caller-identity), then why',
    );
  }
  const { explanation } = last;
  if (!explanation) {
    return ok(
      `Last aws call: ${last.commandLine}  (exit ${last.exitCode})\n\nNo details were recorded for this call.\n`,
    );
  }
  return ok(json ? `${JSON.stringify(explanation, null, 2)}\n` : explanationText(explanation));
}

/** The command, reading the sandbox's execution records when it runs. */
export function whyCommand(records: () => ExecutionRecord[]): CustomCommand {
  return defineCommand('why', async (args) => runWhy(args, records()));
}
