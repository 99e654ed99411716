// The CLI's main flow: first-pass options, loading the shared files, global options, then routing.
import type { AwsCallRecord, AwsInvocation } from '../types';
import { Session } from '../config/session';
import { parseQuery } from '../output/query';
import { parseArgs, type OptionSpec } from './arg-parser';
import type { AwsCommand, CommandContext, GlobalOptions, OutputBuffer } from './command';
import { TOP_LEVEL_COMMANDS } from './command-names';
import { EXIT, generalError, unknownOptionsError, usageError, USAGE_TEXT } from './errors';
import { loadPart } from './load-part';
import { findCommand, loadService, supportedCommandsText } from './routes';
import { checkPlugins } from './plugins';

/** The version line of the CLI this one imitates (the recorded fixtures' machine). */
export const AWS_CLI_VERSION =
  'aws-cli/2.9.19 Python/3.11.2 Linux/6.18.44-fc-v769 source/x86_64.debian.12 prompt/off';

const FIRST_PASS_USAGE = 'usage: aws [-h] [--profile PROFILE] [--debug]\n';

const FIRST_PASS_OPTIONS: readonly OptionSpec[] = [
  { flag: '-h', kind: 'help' },
  { flag: '--help', kind: 'help' },
  { flag: '--profile', kind: 'value' },
  { flag: '--debug', kind: 'flag' },
];

const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { flag: '--debug', kind: 'flag' },
  { flag: '--endpoint-url', kind: 'value' },
  { flag: '--no-verify-ssl', kind: 'flag' },
  { flag: '--no-paginate', kind: 'flag' },
  { flag: '--output', kind: 'value', choices: ['json', 'text', 'table', 'yaml', 'yaml-stream'] },
  { flag: '--query', kind: 'value' },
  { flag: '--profile', kind: 'value' },
  { flag: '--region', kind: 'value' },
  { flag: '--version', kind: 'version' },
  { flag: '--color', kind: 'value', choices: ['on', 'off', 'auto'] },
  { flag: '--no-sign-request', kind: 'flag' },
  { flag: '--ca-bundle', kind: 'value' },
  { flag: '--cli-read-timeout', kind: 'value', int: true },
  { flag: '--cli-connect-timeout', kind: 'value', int: true },
  { flag: '--cli-binary-format', kind: 'value', choices: ['base64', 'raw-in-base64-out'] },
  { flag: '--no-cli-pager', kind: 'flag' },
  { flag: '--cli-auto-prompt', kind: 'flag' },
  { flag: '--no-cli-auto-prompt', kind: 'flag' },
];

/** A short help page: the real CLI opens its man pages, which this sandbox does not ship. */
function helpText(usage: string, summary: string): string {
  return `SYNOPSIS\n       ${usage}\n\nDESCRIPTION\n       ${summary}\n\n       (The full AWS CLI help pages are not available in this sandbox.)\n`;
}

async function runLeaf(command: AwsCommand, args: string[], ctx: CommandContext, serviceStyle: boolean) {
  if (args.length === 1 && args[0] === 'help') {
    ctx.out.stdout += helpText(command.help.usage, command.help.summary);
    return 0;
  }
  const parsed = parseArgs(args, command.args);
  if (parsed.extras.length) {
    if (serviceStyle) {
      throw generalError(`${USAGE_TEXT}\nUnknown options: ${parsed.extras.join(', ')}\n`, EXIT.usage);
    }
    throw unknownOptionsError(parsed.extras);
  }
  return command.run(parsed, ctx);
}

/** Runs one invocation, writing to `out` and filling `record`; returns the exit code or throws a CliExit. */
export async function main(
  invocation: AwsInvocation,
  out: OutputBuffer,
  record: AwsCallRecord,
): Promise<number> {
  const { argv, env, fs, cwd } = invocation;
  const firstPass = parseArgs(argv, { options: FIRST_PASS_OPTIONS }, FIRST_PASS_USAGE);
  if (firstPass.help) {
    // `-h` anywhere shows the first-pass parser's own argparse help.
    out.stdout += `${FIRST_PASS_USAGE}\noptions:\n  -h, --help         show this help message and exit\n  --profile PROFILE\n  --debug\n`;
    return 0;
  }
  // The real CLI reads both shared files before it even looks at the command.
  const startup = new Session({ env, fs, cwd, profileOption: firstPass.options.get('--profile') as string });
  await startup.fullConfig();
  checkPlugins(await startup.configFileSections());

  const parsed = parseArgs(argv, {
    options: GLOBAL_OPTIONS,
    positionals: [{ name: 'command', choices: TOP_LEVEL_COMMANDS }],
  });
  if (parsed.version) {
    out.stdout += `${AWS_CLI_VERSION}\n`;
    return 0;
  }
  const option = (flag: string) => parsed.options.get(flag) as string | undefined;
  const globals: GlobalOptions = {
    profile: option('--profile'),
    region: option('--region'),
    output: option('--output'),
    endpointUrl: option('--endpoint-url'),
    noPaginate: parsed.options.has('--no-paginate'),
  };
  const queryText = option('--query');
  if (queryText !== undefined) {
    const query = parseQuery(queryText);
    if (!query.ok) throw generalError(`Bad value for --query ${queryText}: ${query.message}`, EXIT.usage);
    globals.query = query.query.beyondSubset
      ? (await loadPart('the --query engine', () => import('../output/full-query'))).fullQuery(queryText)
      : query.query;
  }
  const session = new Session({
    env,
    fs,
    cwd,
    profileOption: globals.profile,
    regionOption: globals.region,
    outputOption: globals.output,
  });
  const ctx: CommandContext = { invocation, session, globals, out, record };
  const name = parsed.positionals.get('command')!;
  record.service = name;
  record.profile = session.profile?.value || 'default';
  const rest = parsed.extras;
  const group = await loadService(name);
  if (!group) {
    if (name === 'help') {
      out.stdout += helpText(
        'aws [options] <command> <subcommand> [parameters]',
        'The AWS Command Line Interface is a unified tool to manage your AWS services. This sandbox simulates ' +
          `${await supportedCommandsText()}.`,
      );
      return 0;
    }
    throw generalError(
      `The simulated AWS CLI in this sandbox does not implement "aws ${name}". ` +
        `It supports: ${await supportedCommandsText()}.`,
    );
  }
  if (rest.length === 1 && rest[0] === 'help') {
    const simulated = group.commands.map((command) => `aws ${name} ${command.name}`);
    const summary = group.bare ? group.bare.help.summary : `Simulated here: ${simulated.join(', ')}.`;
    out.stdout += helpText(
      group.bare ? group.bare.help.usage : `aws [options] ${name} <subcommand> [parameters]`,
      summary,
    );
    return 0;
  }
  const slot = group.slot;
  const sub = parseArgs(rest, { positionals: [{ name: slot, choices: group.choices, optional: true }] });
  const subName = sub.positionals.get(slot);
  if (subName === undefined) {
    if (group.bare) {
      if (sub.extras.length) throw unknownOptionsError(sub.extras);
      return group.bare.run(sub, ctx);
    }
    if (group.missing) throw generalError(group.missing, EXIT.usage);
    throw usageError(`the following arguments are required: ${slot}`);
  }
  record.operation = subName;
  const leaf = findCommand(group, subName);
  if (!leaf) {
    const simulated = group.commands.map((command) => command.name).join(', ');
    throw generalError(
      `The simulated AWS CLI in this sandbox does not implement "aws ${name} ${subName}". ` +
        (simulated ? `It simulates: ${simulated}.` : `It simulates: ${await supportedCommandsText()}.`),
    );
  }
  const leafArgs = [...rest];
  leafArgs.splice(leafArgs.indexOf(subName), 1);
  return runLeaf(leaf, leafArgs, ctx, group.serviceStyle);
}
