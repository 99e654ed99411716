// Shared GNU coreutils conventions for our commands: option parsing, name quoting, errno texts, usage errors.
import type { IFileSystem, ResolvedCommandContext as CommandContext } from 'just-bash';
import { decodeUtf8, latin1 } from '../bytes';
import { fail, type CommandResult } from './command-result';

type Stat = Awaited<ReturnType<IFileSystem['stat']>>;

/** How a command's options are read: letters without and with a value, long names mapped to a letter. */
export interface OptionSpec {
  /** Letters that take no value, e.g. `'rfv'`. */
  flags: string;
  /** Letters that take a value (`-n 3`, `-n3`). */
  values?: string;
  /** `--long` (or `--long=`) → the letter (or a made-up key) it stands for. */
  long?: Record<string, string>;
  /** Long options that take a value. */
  longValues?: string[];
  /** Exit status of a usage error (1 for most tools, 2 for diff, ls, grep). */
  usageStatus?: number;
}

/** Parsed command line: set flags (count of repeats), values by key, operands in order. */
export interface ParsedArgs {
  flags: Map<string, number>;
  values: Map<string, string[]>;
  operands: string[];
}

/** `'x'` as GNU's messages quote a file name (shell-escape style). */
export function q(name: string): string {
  if (/[\x00-\x1f\x7f]/.test(name)) {
    return name
      .split(/([\x00-\x1f\x7f]+)/)
      .filter((part) => part !== '')
      .map((part) =>
        /^[\x00-\x1f\x7f]/.test(part)
          ? `$'${[...part].map((c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`)).join('')}'`
          : q(part),
      )
      .join('');
  }
  if (!name.includes("'")) return `'${name}'`;
  if (!/["$`\\]/.test(name)) return `"${name}"`;
  return `'${name.replace(/'/g, "'\\''")}'`;
}

/** The strerror text of a filesystem error (Node-style `code`), never the internal message. */
export function errnoText(error: unknown): string {
  const code = (error as { code?: string } | null)?.code ?? '';
  const texts: Record<string, string> = {
    ENOENT: 'No such file or directory',
    ENOTDIR: 'Not a directory',
    EISDIR: 'Is a directory',
    EEXIST: 'File exists',
    ENOTEMPTY: 'Directory not empty',
    EACCES: 'Permission denied',
    EPERM: 'Operation not permitted',
    EINVAL: 'Invalid argument',
    ELOOP: 'Too many levels of symbolic links',
    ENAMETOOLONG: 'File name too long',
    EBUSY: 'Device or resource busy',
  };
  return texts[code] ?? 'Input/output error';
}

/** `cmd: message` + `Try 'cmd --help' for more information.` */
export function usageError(cmd: string, message: string, status = 1): CommandResult {
  return fail(`${cmd}: ${message}\nTry '${cmd} --help' for more information.`, status);
}

/** Parses GNU-style arguments (clusters, `--`, `--long=value`); a bad option gives the usage error as `error`. */
export function parseOptions(
  cmd: string,
  args: string[],
  spec: OptionSpec,
): { parsed: ParsedArgs; error?: undefined } | { parsed?: undefined; error: CommandResult } {
  const parsed: ParsedArgs = { flags: new Map(), values: new Map(), operands: [] };
  const status = spec.usageStatus ?? 1;
  const set = (key: string) => parsed.flags.set(key, (parsed.flags.get(key) ?? 0) + 1);
  const put = (key: string, value: string) =>
    parsed.values.set(key, [...(parsed.values.get(key) ?? []), value]);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      parsed.operands.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const [name = '', inline] = splitOnce(arg.slice(2), '=');
      const matches = Object.keys(spec.long ?? {}).filter((l) => l === name || l.startsWith(name));
      const exact = matches.includes(name) ? name : matches.length === 1 ? matches[0] : undefined;
      if (!exact) {
        const text = matches.length > 1 ? `option '${arg}' is ambiguous` : `unrecognized option '${arg}'`;
        return { error: usageError(cmd, text, status) };
      }
      const key = spec.long?.[exact] ?? exact;
      if (spec.longValues?.includes(exact)) {
        const value = inline ?? args[++i];
        if (value === undefined)
          return { error: usageError(cmd, `option '--${exact}' requires an argument`, status) };
        put(key, value);
      } else if (inline !== undefined) {
        return { error: usageError(cmd, `option '--${exact}' doesn't allow an argument`, status) };
      } else set(key);
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      for (let j = 1; j < arg.length; j++) {
        const letter = arg[j] ?? '';
        if (spec.values?.includes(letter)) {
          const value = j + 1 < arg.length ? arg.slice(j + 1) : args[++i];
          if (value === undefined)
            return { error: usageError(cmd, `option requires an argument -- '${letter}'`, status) };
          put(letter, value);
          break;
        }
        if (!spec.flags.includes(letter))
          return { error: usageError(cmd, `invalid option -- '${letter}'`, status) };
        set(letter);
      }
      continue;
    }
    parsed.operands.push(arg);
  }
  return { parsed };
}

function splitOnce(text: string, sep: string): [string, string | undefined] {
  const at = text.indexOf(sep);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + sep.length)];
}

/** Absolute path of an operand. */
export function pathOf(ctx: CommandContext, operand: string): string {
  return ctx.fs.resolvePath(ctx.cwd, operand);
}

/** lstat or stat that answers null instead of throwing. */
export async function statOrNull(ctx: CommandContext, path: string, follow = true): Promise<Stat | null> {
  try {
    return follow ? await ctx.fs.stat(path) : await ctx.fs.lstat(path);
  } catch {
    return null;
  }
}

/** Why a path cannot be reached: `Not a directory` when a parent is a file, else `No such file or directory`. */
export async function missingReason(ctx: CommandContext, path: string): Promise<string> {
  const parts = path.split('/').filter(Boolean);
  let prefix = '';
  for (let i = 0; i < parts.length - 1; i++) {
    prefix += `/${parts[i]}`;
    const st = await statOrNull(ctx, prefix);
    if (!st) return 'No such file or directory';
    if (!st.isDirectory) return 'Not a directory';
  }
  return 'No such file or directory';
}

/** One input of a text tool: the text, or the GNU error line (`cmd: x: No such file or directory`). */
export type Input = { name: string; text: string; size: number } | { name: string; error: string };
/** An input that could be read. */
export type TextInput = Extract<Input, { text: string }>;

/** Reads operands (`-` or none = stdin) as UTF-8 text for a text tool. */
export async function readInputs(cmd: string, ctx: CommandContext, operands: string[]): Promise<Input[]> {
  const names = operands.length ? operands : ['-'];
  const inputs: Input[] = [];
  let stdinUsed = false;
  for (const name of names) {
    if (name === '-') {
      inputs.push(
        stdinUsed
          ? { name, text: '', size: 0 }
          : { name, text: decodeUtf8(ctx.stdin), size: latin1(ctx.stdin).length },
      );
      stdinUsed = true;
      continue;
    }
    inputs.push(await readTextFile(cmd, ctx, name));
  }
  return inputs;
}

/** One file's text or the GNU error line naming it. */
export async function readTextFile(cmd: string, ctx: CommandContext, name: string): Promise<Input> {
  const path = pathOf(ctx, name);
  const st = await statOrNull(ctx, path);
  if (!st) return { name, error: `${cmd}: ${name}: ${await missingReason(ctx, path)}\n` };
  if (st.isDirectory) return { name, error: `${cmd}: ${name}: Is a directory\n` };
  try {
    const bytes = await ctx.fs.readFileBuffer(path);
    return { name, text: new TextDecoder().decode(bytes), size: bytes.length };
  } catch (error) {
    return { name, error: `${cmd}: ${name}: ${errnoText(error)}\n` };
  }
}

/** Splits text into lines without their newlines; a last line without a newline is kept. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** UTF-8 byte length of a string. */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Answers to `-i` prompts, one stdin line each; yes when the line starts with y or Y (EOF = no). */
export function answers(ctx: CommandContext): () => boolean {
  const lines = decodeUtf8(ctx.stdin).split('\n');
  let next = 0;
  return () => /^[yY]/.test(lines[next++] ?? '');
}

/** The last component of a path (trailing slashes ignored). */
export function lastComponent(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1) || trimmed;
}

/** `dir` + `/` + `name` without doubling the slash (GNU prints `d/a.txt` for `cp a.txt d/`). */
export function joinName(dir: string, name: string): string {
  return dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`;
}

/** A directory's entries, or the errno text when it cannot be read (a mode 000 directory). */
export async function listDirectory(
  ctx: CommandContext,
  path: string,
): Promise<string[] | { error: string }> {
  try {
    return await ctx.fs.readdir(path);
  } catch (error) {
    return { error: errnoText(error) };
  }
}
