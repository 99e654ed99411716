// `why` (sandbox only): explains the last `aws` call: credential chain, authentication, policy decision.
import { defineCommand, type CustomCommand } from 'just-bash';
import { explainCall, explanationText } from '../../aws/policy/explain';
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

/** The explanation of the newest `aws` record, or the message that there is none yet. */
export function runWhy(args: string[], records: ExecutionRecord[]): CommandResult {
  let json = false;
  for (const arg of args) {
    if (arg === '--json') json = true;
    else if (arg === '-h' || arg === '--help') return ok(help());
    else return fail(`why: unknown argument '${arg}'\n${USAGE}`, 2);
  }
  const isAws = (r: ExecutionRecord) => r.aws !== undefined || r.argv[0]?.split('/').pop() === 'aws';
  const last = [...records].reverse().find(isAws);
  if (!last) {
    return fail(
      'why: no aws command has run in this sandbox yet: run one (e.g. aws sts get-caller-identity), then why',
    );
  }
  const commandLine = last.argv.map(shellQuote).join(' ');
  const { aws } = last;
  if (!aws) {
    return ok(
      `Last aws call: ${commandLine}  (exit ${last.exitCode})\n\nNo details were recorded for this call.\n`,
    );
  }
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
  return ok(json ? `${JSON.stringify(explanation, null, 2)}\n` : explanationText(explanation));
}

/** The command, reading the sandbox's execution records when it runs. */
export function whyCommand(records: () => ExecutionRecord[]): CustomCommand {
  return defineCommand('why', async (args) => runWhy(args, records()));
}
