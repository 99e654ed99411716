// Headless sandbox: runs a script from stdin like `bash -s` would, inside the in-memory sandbox.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
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

interface OptionSpec {
  /** Takes a value (`--home DIR` or `--home=DIR`). */
  value?: string;
  help: string;
  apply(options: SandboxCliOptions, value: string): void;
}

export const OPTIONS: Record<string, OptionSpec> = {
  '--home': {
    value: 'DIR',
    help: 'copy DIR (contents and modes) into the sandbox home before running',
    apply: (o, v) => (o.home = v),
  },
  '--dump': {
    value: 'DIR',
    help: 'write the sandbox home (contents and modes) to DIR at the end',
    apply: (o, v) => (o.dump = v),
  },
  '--list-exercises': {
    help: 'print every exercise id and title, then exit',
    apply: (o) => (o.listExercises = true),
  },
  '--exercise': {
    value: 'ID',
    help: "start from that exercise's setup (files, environment, cwd, issued keys)",
    apply: (o, v) => (o.exercise = v),
  },
  '--report': {
    value: 'FILE',
    help: "after the script, write the exercise's check results as JSON to FILE",
    apply: (o, v) => (o.report = v),
  },
  '--help': { help: 'show this help', apply: (o) => (o.help = true) },
};

export function usage(): string {
  const rows = Object.entries(OPTIONS).map(([name, spec]) => {
    const flag = spec.value ? `${name} ${spec.value}` : name;
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

/** Parses argv (without node and the script path). Throws a message for a bad option. */
export function parseArgs(argv: string[]): SandboxCliOptions {
  const options: SandboxCliOptions = { help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const spec = OPTIONS[name];
    if (!spec) throw new Error(`sandbox: unknown option '${arg}'`);
    if (!spec.value) {
      spec.apply(options, '');
      continue;
    }
    const value = eq > 0 && name !== arg ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') throw new Error(`sandbox: option '${name}' needs ${spec.value}`);
    spec.apply(options, value);
  }
  return options;
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
