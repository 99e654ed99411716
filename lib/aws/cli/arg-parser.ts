// A small re-creation of Python argparse's parse_known_args as the CLI uses it: options anywhere,
// unique-prefix abbreviations, choices with "maybe you meant", unknown words left for the next parser.
import { getCloseMatches } from './close-matches';
import { generalError, usageError } from './errors';
import { pyRepr } from '../config/python-text';

/** One `--option` of an argument table. */
export interface OptionSpec {
  /** With dashes, e.g. `--region`. */
  flag: string;
  /**
   * `value` takes one argument, `list` one or more (nargs='+'), `flag` none, `version` / `help` stop
   * parsing where they appear.
   */
  kind: 'value' | 'list' | 'flag' | 'version' | 'help';
  choices?: readonly string[];
  /** Converted after parsing, with Python's int() message (exit 255). */
  int?: boolean;
  /** Accepted but undocumented (the CLI hides a paginated operation's own token, e.g. `--marker`). */
  hidden?: boolean;
  /** argparse's own type=int: `argument --max-items: invalid int value: 'x'` (exit 252). */
  argparseInt?: boolean;
  required?: boolean;
  /** When this flag is a word of the command line, no option is required (awscli's OverrideRequiredArgsArgument). */
  overridesRequired?: boolean;
}

/** One positional argument. */
export interface PositionalSpec {
  name: string;
  choices?: readonly string[];
  /** nargs='?' (a subcommand slot). */
  optional?: boolean;
}

export interface ArgTable {
  options?: readonly OptionSpec[];
  positionals?: readonly PositionalSpec[];
}

export interface ParsedArgs {
  /** Option values by flag (`--region`): a string, the words of a `list` option, or true for flags. */
  options: Map<string, string | string[] | true>;
  positionals: Map<string, string>;
  /** Words this parser did not understand, in order. */
  extras: string[];
  /** True when `--version` was reached. */
  version: boolean;
  /** True when `-h` / `--help` was reached. */
  help: boolean;
  /** Every value option in the order given, repeats included (`--exclude`/`--include` filters need both). */
  sequence?: [flag: string, value: string][];
}

const NEGATIVE_NUMBER = /^-\d+$|^-\d*\.\d+$/;

function invalidChoice(name: string, value: string, choices: readonly string[]) {
  const lines: string[] = ['Invalid choice, valid choices are:\n'];
  for (let i = 0; i < choices.length; i += 2) {
    lines.push(
      choices
        .slice(i, i + 2)
        .map((c) => c.padEnd(40, ' '))
        .join(' | '),
    );
  }
  const possible = getCloseMatches(value, choices);
  if (possible.length) {
    lines.push(`\n\nInvalid choice: ${pyRepr(value)}, maybe you meant:\n`);
    for (const word of possible) lines.push(`  * ${word}`);
  }
  return usageError(`argument ${name}: ${lines.join('\n')}`);
}

function looksLikeOption(arg: string, options: readonly OptionSpec[]): boolean {
  if (!arg.startsWith('-') || arg.length === 1) return false;
  if (options.some((o) => o.flag === arg)) return true;
  if (NEGATIVE_NUMBER.test(arg)) return false;
  if (arg.includes(' ') && !arg.startsWith('--')) return false;
  return true;
}

function findOption(
  arg: string,
  options: readonly OptionSpec[],
): { spec: OptionSpec; explicit?: string } | null {
  const exact = options.find((o) => o.flag === arg);
  if (exact) return { spec: exact };
  let name = arg;
  let explicit: string | undefined;
  const eq = arg.indexOf('=');
  if (eq >= 0) {
    name = arg.slice(0, eq);
    explicit = arg.slice(eq + 1);
    const withValue = options.find((o) => o.flag === name);
    if (withValue) return { spec: withValue, explicit };
  }
  if (arg.startsWith('--')) {
    const matches = options.filter((o) => o.flag.startsWith(name));
    if (matches.length > 1) {
      throw usageError(`ambiguous option: ${arg} could match ${matches.map((m) => m.flag).join(', ')}`);
    }
    if (matches.length === 1) return { spec: matches[0]!, explicit };
  }
  return null;
}

/** Parses `args` against a table; usage errors end the command (exit 252) like argparse does. */
export function parseArgs(args: readonly string[], table: ArgTable, usage?: string): ParsedArgs {
  const options = table.options ?? [];
  const positionals = table.positionals ?? [];
  const result: ParsedArgs = {
    options: new Map(),
    positionals: new Map(),
    extras: [],
    version: false,
    help: false,
  };
  let nextPositional = 0;
  let onlyPositionals = false;
  let badInt: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!onlyPositionals && arg === '--') {
      onlyPositionals = true;
      continue;
    }
    if (!onlyPositionals && looksLikeOption(arg, options)) {
      const found = findOption(arg, options);
      if (!found) {
        result.extras.push(arg);
        continue;
      }
      const { spec, explicit } = found;
      if (spec.kind === 'version' || spec.kind === 'help') {
        result[spec.kind] = true;
        return result;
      }
      if (spec.kind === 'flag') {
        if (explicit !== undefined)
          throw usageError(`argument ${spec.flag}: ignored explicit argument '${explicit}'`, usage);
        result.options.set(spec.flag, true);
        continue;
      }
      if (spec.kind === 'list') {
        const words: string[] = explicit === undefined ? [] : [explicit];
        while (i + 1 < args.length && !looksLikeOption(args[i + 1]!, options)) words.push(args[++i]!);
        if (!words.length) throw usageError(`argument ${spec.flag}: expected at least one argument`, usage);
        result.options.set(spec.flag, words);
        continue;
      }
      let value = explicit;
      if (value === undefined) {
        const next = args[i + 1];
        if (next === undefined || (looksLikeOption(next, options) && next !== '--')) {
          throw usageError(`argument ${spec.flag}: expected one argument`, usage);
        }
        value = next;
        i++;
      }
      if (spec.choices && !spec.choices.includes(value)) throw invalidChoice(spec.flag, value, spec.choices);
      // The CLI converts integers after parsing, with Python's int() message.
      if (spec.int && !/^\s*[-+]?\d+\s*$/.test(value)) badInt ??= value;
      if (spec.argparseInt && !/^\s*[-+]?\d+\s*$/.test(value))
        throw usageError(`argument ${spec.flag}: invalid int value: ${pyRepr(value)}`, usage);
      result.options.set(spec.flag, value);
      (result.sequence ??= []).push([spec.flag, value]);
      continue;
    }
    const slot = positionals[nextPositional];
    if (!slot) {
      result.extras.push(arg);
      continue;
    }
    if (slot.choices && !slot.choices.includes(arg)) throw invalidChoice(slot.name, arg, slot.choices);
    result.positionals.set(slot.name, arg);
    nextPositional++;
  }
  const relaxed = options.some((o) => o.overridesRequired && args.includes(o.flag));
  const missing = [
    ...options.filter((o) => o.required && !relaxed && !result.options.has(o.flag)).map((o) => o.flag),
    ...positionals.filter((p) => !p.optional && !result.positionals.has(p.name)).map((p) => p.name),
  ];
  if (missing.length) throw usageError(`the following arguments are required: ${missing.join(', ')}`, usage);
  if (badInt !== undefined) throw generalError(`invalid literal for int() with base 10: ${pyRepr(badInt)}`);
  return result;
}
