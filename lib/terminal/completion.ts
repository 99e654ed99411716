// Tab completion as a pure function: commands, `aws` subcommands and options, profile names and paths.
import { listProfiles } from './aws-profiles';
import {
  awsGlobalOptions,
  awsOptionValues,
  awsSubcommandOptions,
  awsSubcommands,
  shellCommands,
} from './aws-completion-table';
import type { LineState } from './line-editor';

/** What completion may look at: the sandbox's files and environment. */
export interface CompletionSource {
  home: string;
  cwd: string;
  /** Exported environment (for AWS_CONFIG_FILE and friends). */
  env: Record<string, string>;
  readFile(path: string): string | null;
  /** Names inside a directory, or null when the path is not a directory. */
  listDirectory(path: string): string[] | null;
  /** Command names; defaults to the shell's usual commands. */
  commands?: string[];
  /** Region names offered after `--region`. */
  regions?: string[];
}

/** The new line, and the candidates to list when the word is ambiguous (empty when something was inserted). */
export interface CompletionResult {
  line: LineState;
  candidates: string[];
}

const SEPARATORS = new Set(['|', '||', '&&', ';', '&', '(', '$(', '`']);

/** Splits the text before the caret into words; the last one is the word being completed. */
function wordsBefore(text: string): string[] {
  const words: string[] = [''];
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (quote) {
      if (ch === quote) quote = null;
      else words[words.length - 1] += ch;
    } else if (ch === '\\' && i + 1 < text.length) {
      words[words.length - 1] += text[++i] ?? '';
    } else if (ch === "'" || ch === '"') {
      quote = ch;
    } else if (/\s/.test(ch)) {
      if (words[words.length - 1] !== '') words.push('');
    } else if (ch === '|' || ch === ';' || ch === '&') {
      if (words[words.length - 1] !== '') words.push('');
      words[words.length - 1] = ch;
      words.push('');
    } else {
      words[words.length - 1] += ch;
    }
  }
  return words;
}

function commonPrefix(values: string[]): string {
  if (values.length === 0) return '';
  let prefix = values[0] ?? '';
  for (const value of values) while (!value.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

function escapeWord(word: string): string {
  return word.replace(/([\s'"\\$`!&|;()<>*?[\]#])/g, '\\$1');
}

function resolvePath(path: string, source: CompletionSource): string {
  if (path === '~' || path.startsWith('~/')) return source.home + path.slice(1);
  if (path.startsWith('/')) return path;
  return source.cwd === '/' ? `/${path}` : `${source.cwd}/${path}`;
}

interface Choice {
  /** What goes into the line for the whole word. */
  value: string;
  /** Appended after a unique match: a space, or nothing after a directory's `/`. */
  suffix: string;
}

function pathChoices(word: string, source: CompletionSource, directoriesOnly: boolean): Choice[] {
  const slash = word.lastIndexOf('/');
  const dirPart = slash >= 0 ? word.slice(0, slash + 1) : '';
  const base = slash >= 0 ? word.slice(slash + 1) : word;
  if (word === '~') return [{ value: '~/', suffix: '' }];
  const directory =
    dirPart === '' ? source.cwd : resolvePath(dirPart === '/' ? '/' : dirPart.slice(0, -1) || '/', source);
  const names = source.listDirectory(directory) ?? [];
  const choices: Choice[] = [];
  for (const name of [...names].sort()) {
    if (!name.startsWith(base) || (name.startsWith('.') && !base.startsWith('.'))) continue;
    const full = directory === '/' ? `/${name}` : `${directory}/${name}`;
    const isDirectory = source.listDirectory(full) !== null;
    if (directoriesOnly && !isDirectory) continue;
    choices.push(
      isDirectory ? { value: `${dirPart}${name}/`, suffix: '' } : { value: dirPart + name, suffix: ' ' },
    );
  }
  return choices;
}

function words(values: string[], prefix: string): Choice[] {
  return [...new Set(values)]
    .filter((v) => v.startsWith(prefix))
    .sort()
    .map((value) => ({ value, suffix: ' ' }));
}

function awsChoices(args: string[], word: string, source: CompletionSource): Choice[] {
  const previous = args[args.length - 1];
  if (previous === '--profile') return words(listProfiles(source), word);
  if (previous === '--region') return words(source.regions ?? [], word);
  if (previous && awsOptionValues[previous]) return words(awsOptionValues[previous], word);
  const positional = args.filter(
    (a, i) =>
      !a.startsWith('-') &&
      !(args[i - 1] ?? '').match(/^--(profile|region|output|color|query|endpoint-url|format)$/),
  );
  if (word.startsWith('-')) {
    const key = positional.slice(0, 2).join(' ');
    return words([...awsGlobalOptions, ...(awsSubcommandOptions[key] ?? [])], word);
  }
  if (positional.length === 0) return words([...Object.keys(awsSubcommands), 'help'], word);
  if (positional.length === 1) return words(awsSubcommands[positional[0] ?? ''] ?? [], word);
  return [];
}

/** Completes the word before the caret. Unknown contexts complete paths, like bash's default. */
export function complete(line: LineState, source: CompletionSource): CompletionResult {
  const before = line.text.slice(0, line.cursor);
  const all = wordsBefore(before);
  const word = all[all.length - 1] ?? '';
  let start = all.length - 1;
  for (let i = all.length - 2; i >= 0; i--) {
    if (SEPARATORS.has(all[i] ?? '')) break;
    start = i;
  }
  const command = all.slice(start, -1);
  let choices: Choice[];
  if (command.length === 0 && !word.includes('/')) {
    choices = words(source.commands ?? shellCommands, word);
  } else if (command[0] === 'aws') {
    choices = awsChoices(command.slice(1), word, source);
  } else {
    choices = pathChoices(word, source, command[0] === 'cd');
  }
  if (choices.length === 0) return { line, candidates: [] };
  // Replace the raw word (as typed, with its quotes/escapes) by the escaped completion.
  const rawStart = rawWordStart(before);
  const apply = (value: string, suffix: string): LineState => {
    const inserted = escapeWord(value) + suffix;
    return {
      text: before.slice(0, rawStart) + inserted + line.text.slice(line.cursor),
      cursor: rawStart + inserted.length,
    };
  };
  if (choices.length === 1) {
    const only = choices[0] as Choice;
    return { line: apply(only.value, only.suffix), candidates: [] };
  }
  const prefix = commonPrefix(choices.map((c) => c.value));
  if (prefix.length > word.length) return { line: apply(prefix, ''), candidates: [] };
  return { line, candidates: choices.map((c) => displayName(c.value)) };
}

function displayName(value: string): string {
  const trimmed = value.endsWith('/') ? value.slice(0, -1) : value;
  const base = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  return value.endsWith('/') ? `${base}/` : base;
}

function rawWordStart(before: string): number {
  let start = 0;
  let quote: string | null = null;
  for (let i = 0; i < before.length; i++) {
    const ch = before[i] ?? '';
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '\\') i++;
    else if (ch === "'" || ch === '"') quote = ch;
    else if (/[\s|;&]/.test(ch)) start = i + 1;
  }
  return start;
}
