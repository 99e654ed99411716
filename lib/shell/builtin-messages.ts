// Shell error texts fixed where the command runs (its name, arguments and sourced-file context are known),
// instead of regex rewriting of the whole output afterwards: `[`/`test` messages, `FILE: line N:` prefixes.
import { BUILTINS } from './execution-records';
import type { CommandHook, InterpreterHandle } from './just-bash-seam';

const INTEGER_OPERATORS = new Set(['-eq', '-ne', '-lt', '-le', '-gt', '-ge']);
const UNARY_OPERATORS = new Set(
  '-a -b -c -d -e -f -g -h -k -n -o -p -r -s -t -u -v -w -x -z -G -L -N -O -R -S'.split(' '),
);
/** What bash's `test` accepts as an integer operand (blanks around it allowed). */
const INTEGER = /^[ \t]*[+-]?[0-9]+[ \t]*$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** An operand of `-eq`, `-lt`, …: decimal digits whose value fits bash's 64-bit integers. */
function isTestInteger(word: string): boolean {
  if (!INTEGER.test(word)) return false;
  const value = BigInt(word.trim());
  return value >= INT64_MIN && value <= INT64_MAX;
}

/** The message bash's `test` prints for a malformed expression just-bash silently rejects (status 2). */
export function testMessage(args: string[]): string | null {
  const segments: string[][] = [[]];
  for (const arg of args) {
    if (arg === '-a' || arg === '-o') segments.push([]);
    else segments.at(-1)?.push(arg);
  }
  for (const words of segments) {
    const [first, operator, second] = words;
    if (words.length === 3 && operator && INTEGER_OPERATORS.has(operator)) {
      const bad = [first, second].find((word) => !isTestInteger(word ?? ''));
      if (bad !== undefined) return `${bad}: integer expression expected`;
    }
    if (words.length === 2 && first !== '!' && first !== undefined && !UNARY_OPERATORS.has(first)) {
      return `${first}: unary operator expected`;
    }
  }
  return null;
}

/** `[`/`test` outcome as bash gives it: named errors, status 2 for a malformed expression. */
function fixTest<T extends { stderr: string; exitCode: number }>(
  name: string,
  args: string[],
  outcome: T,
): T {
  if (outcome.stderr) {
    return { ...outcome, stderr: outcome.stderr.replace(/^(?:test|\[): /gm, `bash: ${name}: `) };
  }
  if (outcome.exitCode === 0) return outcome;
  const operands = name === '[' && args.at(-1) === ']' ? args.slice(0, -1) : args;
  const message = testMessage(operands);
  return message ? { ...outcome, stderr: `bash: ${name}: ${message}\n`, exitCode: 2 } : outcome;
}

/** Small differences in what other builtins print or return, by command name. */
const BUILTIN_FIXES: Record<string, (args: string[], outcome: Outcome) => Outcome> = {
  // `set -o` prints `%-15s\t%s` (name padded to 15, then a tab).
  set: (args, outcome) =>
    args.length === 1 && args[0] === '-o'
      ? {
          ...outcome,
          stdout: outcome.stdout.replace(
            /^(\S+) +(on|off)$/gm,
            (_m, name: string, value: string) => `${name.padEnd(15)}\t${value}`,
          ),
        }
      : outcome,
  // Outside a function or sourced file `return` fails with status 2.
  return: (_args, outcome) =>
    outcome.stderr.includes("can only `return' from a function") ? { ...outcome, exitCode: 2 } : outcome,
  // Without -v, bash takes a name that is not an identifier for a function name (`unset 1x` succeeds).
  unset: (args, outcome) => {
    if (args.some((arg) => /^-[a-z]*v/.test(arg))) return outcome;
    const stderr = outcome.stderr.replace(/^bash: unset: `[^\n]*': not a valid identifier\n/gm, '');
    return stderr === outcome.stderr
      ? outcome
      : { ...outcome, stderr, exitCode: stderr ? outcome.exitCode : 0 };
  },
  // Interactive bash is silent about `shift N` past the end (shopt shift_verbose is off).
  shift: (_args, outcome) => ({
    ...outcome,
    stderr: outcome.stderr.replace(/^bash: shift: shift count out of range\n/m, ''),
  }),
};

type Outcome = { stdout: string; stderr: string; exitCode: number };

/** bash 5.2's `set -o` option names. */
const SET_OPTIONS = new Set(
  (
    'allexport braceexpand emacs errexit errtrace functrace hashall histexpand history ignoreeof ' +
    'interactive-comments keyword monitor noclobber noexec noglob nolog notify nounset onecmd physical ' +
    'pipefail posix privileged verbose vi xtrace'
  ).split(' '),
);

const failure = (stderr: string, exitCode: number): Outcome => ({ stdout: '', stderr, exitCode });

/** What bash answers without running the builtin, where just-bash would answer differently. */
function refusal(name: string, args: string[], handle: InterpreterHandle): Outcome | null {
  if (name === 'cd' && args.length === 1 && args[0] === '-' && !handle.state.env.has('OLDPWD')) {
    return failure('bash: cd: OLDPWD not set\n', 1);
  }
  if (name === 'set') {
    for (let i = 0; i < args.length - 1; i++) {
      const option = args[i + 1] ?? '';
      if ((args[i] === '-o' || args[i] === '+o') && !SET_OPTIONS.has(option)) {
        return failure(`bash: set: ${option}: invalid option name\n`, 2);
      }
    }
  }
  if ((name === 'break' || name === 'continue') && handle.state.loopDepth === 0) {
    return failure(`bash: ${name}: only meaningful in a \`for', \`while', or \`until' loop\n`, 0);
  }
  return null;
}

/** A builtin's own error lines (`printf: abc: invalid number`) carry the shell's `bash: ` prefix. */
function prefixBuiltin(name: string, stderr: string): string {
  return BUILTINS.has(name) && stderr.startsWith(`${name}: `)
    ? stderr.replace(new RegExp(`^${name}: `, 'gm'), `bash: ${name}: `)
    : stderr;
}

/** Programs whose own `bash: ` messages come from a child shell, not from this one. */
const CHILD_SHELLS = new Set(['bash', 'sh']);

/**
 * A command hook for one interpreter: `[`/`test` messages as bash prints them, and, in a non-interactive
 * child shell (`bash script.sh`, `bash -c`), inside a sourced file the shell's `bash: ` prefix becomes
 * `FILE: line N: ` (FILE as given to `source` after expansion, or the script's $0). The interactive shell keeps `bash: `
 * even for errors inside a sourced file, as real bash does (recorded: source-aws-credentials-file).
 */
export function builtinMessages(handle: InterpreterHandle): CommandHook {
  const sourcing: string[] = [];
  return async (name, args, skipFunctions, run) => {
    const builtin = skipFunctions || !handle.state.functions.has(name);
    const refused = builtin ? refusal(name, args, handle) : null;
    if (refused) return refused;
    const line = handle.state.currentLine;
    const file = sourcing.at(-1);
    const isSource = (name === 'source' || name === '.') && args.length > 0;
    if (isSource) sourcing.push(args[0] === '--' ? (args[1] ?? '') : (args[0] ?? ''));
    let outcome;
    try {
      outcome = await run();
    } finally {
      if (isSource) sourcing.pop();
    }
    if (name === '[' || name === 'test') outcome = fixTest(name, args, outcome);
    const fix = Object.hasOwn(BUILTIN_FIXES, name) ? BUILTIN_FIXES[name] : undefined;
    if (fix) outcome = fix(args, outcome);
    let stderr = builtin ? prefixBuiltin(name, outcome.stderr) : outcome.stderr;
    // A script run by a child shell (`bash script.sh`) is named by its $0, as given.
    const script = handle.state.env.get('0');
    const where = file ?? (script && !CHILD_SHELLS.has(script) ? script : undefined);
    if (handle.child && where !== undefined && stderr && !CHILD_SHELLS.has(name)) {
      stderr = stderr.replace(/^bash: (?:line \d+: )?/gm, `${where}: line ${line}: `);
    }
    return stderr === outcome.stderr ? outcome : { ...outcome, stderr };
  };
}
