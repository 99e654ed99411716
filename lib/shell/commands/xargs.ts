// GNU `xargs`: builds command lines from stdin (default `echo`), -n, -I{}, -0, -d, -r, -t, GNU's exit statuses.
import { defineCommand, type CustomCommand } from 'just-bash';
import { decodeUtf8 } from '../bytes';
import { fail } from './command-result';
import { parseOptions, q, usageError } from './gnu';

/** Splits input as xargs does without -0/-d: blanks separate, quotes and backslashes protect. */
export function splitWords(input: string): string[] | string {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i] ?? '';
    if (c === '"' || c === "'") {
      const end = input.indexOf(c, i + 1);
      const nl = input.indexOf('\n', i + 1);
      if (end < 0 || (nl >= 0 && nl < end))
        return `xargs: unmatched ${c === '"' ? 'double' : 'single'} quote; by default quotes are special to xargs unless you use the -0 option`;
      word += input.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (c === '\\' && i + 1 < input.length) {
      word += input[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/** A word quoted for the shell (single quotes). */
const shellQuote = (word: string) =>
  /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;

const unescape = (d: string) =>
  d.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t', '0': '\0', '\\': '\\' })[c] ?? c);

export const xargsCommand: CustomCommand = defineCommand('xargs', async (args, ctx) => {
  // Options end at the first operand: the rest is the command and its own options.
  const cut = args.findIndex((a, i) => !a.startsWith('-') && !/^-(n|I|d|L|s|P|E|a)$/.test(args[i - 1] ?? ''));
  const own = cut < 0 ? args : args.slice(0, cut);
  const { parsed, error } = parseOptions('xargs', own, {
    flags: '0rtpx',
    values: 'nIdLsPEi',
    long: {
      null: '0',
      'no-run-if-empty': 'r',
      verbose: 't',
      'max-args': 'n',
      'max-lines': 'L',
      delimiter: 'd',
      replace: 'I',
    },
    longValues: ['max-args', 'max-lines', 'delimiter', 'replace'],
  });
  if (error) return error;
  const command = cut < 0 ? ['echo'] : args.slice(cut);
  const v = (k: string) => parsed.values.get(k)?.at(-1);
  const text = decodeUtf8(ctx.stdin);
  const replace = v('I') ?? (parsed.values.has('i') ? (v('i') ?? '{}') : undefined);
  let items: string[];
  const delimiter = parsed.flags.has('0') ? '\0' : v('d') !== undefined ? unescape(v('d') ?? '') : undefined;
  if (delimiter !== undefined) {
    items = text.split(delimiter);
    if (items.at(-1) === '' || (delimiter !== '\n' && items.at(-1) === '\n')) items.pop();
  } else if (replace !== undefined) {
    items = text
      .split('\n')
      .map((l) => l.replace(/^[ \t]+/, ''))
      .filter((l) => l !== '');
  } else {
    const words = splitWords(text);
    if (typeof words === 'string') return fail(words);
    items = words;
  }
  const maxArgs = v('n') ?? v('L');
  if (maxArgs !== undefined && !/^[1-9]\d*$/.test(maxArgs))
    return usageError(
      'xargs',
      `invalid number ${q(maxArgs)} for -${v('n') !== undefined ? 'n' : 'L'} option`,
    );
  const per = replace !== undefined ? 1 : maxArgs ? Number(maxArgs) : Infinity;
  const batches: string[][] = [];
  for (let i = 0; i < items.length; i += per === Infinity ? items.length : per)
    batches.push(items.slice(i, i + per));
  if (batches.length === 0 && !parsed.flags.has('r') && replace === undefined) batches.push([]);
  if (!ctx.exec) return fail('xargs: cannot run commands here');
  let stdout = '';
  let stderr = '';
  let status = 0;
  for (const batch of batches) {
    const words =
      replace !== undefined
        ? command.map((w) => w.split(replace).join(batch[0] ?? ''))
        : [...command, ...batch];
    const line = words.map(shellQuote).join(' ');
    if (parsed.flags.has('t')) stderr += `${words.join(' ')}\n`;
    const result = await ctx.exec(line, { cwd: ctx.cwd, env: ctx.exportedEnv ?? {}, replaceEnv: true });
    stdout += result.stdout;
    if (result.exitCode === 127 && /command not found/.test(result.stderr)) {
      stderr += `xargs: ${command[0]}: No such file or directory\n`;
      return { stdout, stderr, exitCode: 127 };
    }
    stderr += result.stderr;
    if (result.exitCode === 255) {
      stderr += `xargs: ${command[0]}: exited with status 255; aborting\n`;
      return { stdout, stderr, exitCode: 124 };
    }
    if (result.exitCode !== 0) status = 123;
  }
  return { stdout, stderr, exitCode: status };
});
