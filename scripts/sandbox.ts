// Headless sandbox: runs a script from stdin like `bash -s` would, inside the in-memory sandbox.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs as parseCommandLine } from 'node:util';
import { exercises } from '../exercises/index';
import { createCheckCommand } from '../lib/grader/check-command';
import { exerciseReportJson, findExercise, formatExerciseList } from '../lib/grader/headless';
import type { Exercise } from '../lib/grader/types';
import { createSandbox } from '../lib/shell/index';
import { readRealDirectory, writeRealDirectory } from '../lib/shell/host/real-dir';
import { runScript } from '../lib/shell/run-script';

/** Parsed command line. Add a field and a row in OPTIONS to add an option. */
export interface SandboxCliOptions {
  home?: string;
  dump?: string;
  help: boolean;
  listExercises?: boolean;
  /** Start from this exercise's setup. */
  exercise?: string;
  /** Write the exercise's check results as JSON here after the script. */
  report?: string;
}

/** One option of the runner: its value's name (when it takes one) and its help line. */
interface OptionSpec {
  /** Takes a value (`--home DIR` or `--home=DIR`). */
  value?: string;
  help: string;
}

/** The runner's options, in the order `--help` lists them. */
export const OPTIONS = {
  home: { value: 'DIR', help: 'copy DIR (contents and modes) into the sandbox home before running' },
  dump: { value: 'DIR', help: 'write the sandbox home (contents and modes) to DIR at the end' },
  'list-exercises': { help: 'print every exercise id and title, then exit' },
  exercise: { value: 'ID', help: "start from that exercise's setup (files, environment, cwd, issued keys)" },
  report: { value: 'FILE', help: "after the script, write the exercise's check results as JSON to FILE" },
  help: { help: 'show this help' },
} satisfies Record<string, OptionSpec>;

export function usage(): string {
  const rows = Object.entries(OPTIONS).map(([name, spec]: [string, OptionSpec]) => {
    const flag = spec.value ? `--${name} ${spec.value}` : `--${name}`;
    return `  ${flag.padEnd(18)} ${spec.help}`;
  });
  return [
    'Usage: npm run --silent sandbox -- [OPTIONS] < script.sh',
    '',
    'Runs the script in the Skillshell sandbox as `bash -s` would: statement by statement; a command',
    'that prompts (aws configure) reads its answers from the following lines. Exits with the last status.',
    '',
    'Options:',
    ...rows,
    '',
  ].join('\n');
}

/** Parses argv (without node and the script path) with node:util. Throws a message for a bad option. */
export function parseArgs(argv: string[]): SandboxCliOptions {
  const options = Object.fromEntries(
    Object.entries(OPTIONS).map(([name, spec]: [string, OptionSpec]) => [
      name,
      { type: spec.value ? ('string' as const) : ('boolean' as const) },
    ]),
  );
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseCommandLine({ args: argv, options, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new Error(`sandbox: ${readableParseError(error as Error & { code?: string })}`);
  }
  for (const [name, spec] of Object.entries(OPTIONS) as [string, OptionSpec][]) {
    if (spec.value && values[name] === '') throw new Error(`sandbox: option '--${name}' needs ${spec.value}`);
  }
  const text = (name: string) => (typeof values[name] === 'string' ? values[name] : undefined);
  const parsed: SandboxCliOptions = { help: values.help === true };
  if (text('home') !== undefined) parsed.home = text('home');
  if (text('dump') !== undefined) parsed.dump = text('dump');
  if (values['list-exercises'] === true) parsed.listExercises = true;
  if (text('exercise') !== undefined) parsed.exercise = text('exercise');
  if (text('report') !== undefined) parsed.report = text('report');
  return parsed;
}

/** node:util's messages name options with quotes of its own: say it the way the rest of the runner does. */
function readableParseError(error: Error & { code?: string }): string {
  const option = /'(-[^' ]*)/.exec(error.message)?.[1]?.replace(/^(--[^=]+)=.*$/, '$1');
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option '${option ?? '?'}'`;
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    return `unexpected argument: ${error.message.replace(/^.*'(.*)'.*$/s, "'$1'")}`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const spec = (OPTIONS as Record<string, OptionSpec>)[(option ?? '').replace(/^--/, '')];
    return spec?.value ? `option '${option}' needs ${spec.value}` : `option '${option}' takes no value`;
  }
  return error.message;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<number> {
  let options: SandboxCliOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage()}`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(usage());
    return 0;
  }
  if (options.listExercises) {
    process.stdout.write(formatExerciseList(exercises));
    return 0;
  }
  let exercise: Exercise | undefined;
  if (options.exercise !== undefined) {
    const found = findExercise(exercises, options.exercise);
    if (!found.ok) {
      process.stderr.write(`sandbox: ${found.error}\n`);
      return 2;
    }
    exercise = found.exercise;
  } else if (options.report !== undefined) {
    process.stderr.write("sandbox: --report needs --exercise ID (the report lists that exercise's checks)\n");
    return 2;
  }
  // With an exercise, `check` prints its checklist, as it does in the lesson's terminal.
  const hostCommands = exercise ? { check: createCheckCommand(exercise) } : undefined;
  let sandbox = await createSandbox({ ...exercise?.setup, hostCommands });
  if (options.home) {
    const snapshot = sandbox.snapshot();
    try {
      Object.assign(snapshot.files, readRealDirectory(options.home, sandbox.home));
    } catch (error) {
      process.stderr.write(`sandbox: cannot read --home ${options.home}: ${(error as Error).message}\n`);
      return 2;
    }
    sandbox = await createSandbox({ snapshot, hostCommands });
  }
  const script = await readStdin();
  const result = await runScript(sandbox, script, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
  if (options.dump) writeRealDirectory(sandbox.snapshot(), sandbox.home, options.dump);
  if (exercise && options.report !== undefined) {
    writeFileSync(options.report, await exerciseReportJson(exercise, sandbox.snapshot()));
  }
  return result.exitCode;
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) void run();

function run() {
  return main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`sandbox: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 70;
    },
  );
}
