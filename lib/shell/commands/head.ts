// GNU `head`: -n N / -n -N / -c N / -c -N, the old `-3` form, `==> name <==` headers for several files (-q, -v).
import { defineCommand, type CustomCommand, type ResolvedCommandContext } from 'just-bash';
import { fail, type CommandResult } from './command-result';
import { parseOptions, q, readInputs, type ParsedArgs } from './gnu';

/** A count option: how many lines or bytes, and whether it counts from the other end (`-n -2`, `tail -n +2`). */
export interface Count {
  bytes: boolean;
  n: number;
  /** head: all but the last n; tail: starting at line/byte n. */
  other: boolean;
}

/** Reads `-n`/`-c` (and `-NUM`) for head and tail, or the GNU error. */
export function parseCount(
  cmd: 'head' | 'tail',
  args: string[],
): { parsed: ParsedArgs; count: Count; error?: undefined } | { error: CommandResult } {
  const legacy = args.map((a, i) => (i === 0 && /^-\d+$/.test(a) ? `-n${a.slice(1)}` : a));
  const { parsed, error } = parseOptions(cmd, legacy, {
    flags: 'qvf',
    values: 'nc',
    long: { lines: 'n', bytes: 'c', quiet: 'q', silent: 'q', verbose: 'v', follow: 'f' },
    longValues: ['lines', 'bytes'],
  });
  if (error) return { error };
  const bytes = parsed.values.has('c') && !parsed.values.has('n');
  const raw = (bytes ? parsed.values.get('c') : parsed.values.get('n'))?.at(-1) ?? '10';
  const m = /^([+-]?)(\d+)$/.exec(raw);
  if (!m) return { error: fail(`${cmd}: invalid number of ${bytes ? 'bytes' : 'lines'}: ${q(raw)}`) };
  const sign = m[1];
  const other = cmd === 'head' ? sign === '-' : sign === '+';
  return { parsed, count: { bytes, n: Number(m[2]), other } };
}

/** Runs head or tail over every input with GNU's headers and error texts. */
export async function runCounted(
  cmd: 'head' | 'tail',
  ctx: ResolvedCommandContext,
  parsed: ParsedArgs,
  pick: (units: string[]) => string[],
  bytes: boolean,
): Promise<CommandResult> {
  const inputs = await readInputs(cmd, ctx, parsed.operands);
  const headers = parsed.flags.has('v') || (inputs.length > 1 && !parsed.flags.has('q'));
  let stdout = '';
  let stderr = '';
  let first = true;
  for (const input of inputs) {
    const label = input.name === '-' ? 'standard input' : input.name;
    if ('error' in input) {
      const isDir = input.error.endsWith('Is a directory\n');
      if (isDir && headers) {
        stdout += `${first ? '' : '\n'}==> ${label} <==\n`;
        first = false;
      }
      stderr += isDir
        ? `${cmd}: error reading ${q(input.name)}: Is a directory\n`
        : `${cmd}: cannot open ${q(input.name)} for reading: ${input.error.split(': ').at(-1)}`;
      continue;
    }
    if (headers) stdout += `${first ? '' : '\n'}==> ${label} <==\n`;
    first = false;
    const units = bytes
      ? [...new TextEncoder().encode(input.text)].map((b) => String.fromCharCode(b))
      : lines(input.text);
    const chosen = pick(units).join('');
    stdout += bytes ? new TextDecoder().decode(Uint8Array.from(chosen, (c) => c.charCodeAt(0))) : chosen;
  }
  return stderr ? { ...fail(stderr), stdout } : { stdout, stderr: '', exitCode: 0 };
}

/** Lines with their newlines (the last may lack one). */
function lines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

export const headCommand: CustomCommand = defineCommand('head', async (args, ctx) => {
  const read = parseCount('head', args);
  if (read.error) return read.error;
  const { n, other, bytes } = read.count;
  return runCounted(
    'head',
    ctx,
    read.parsed,
    (u) => (other ? u.slice(0, Math.max(0, u.length - n)) : u.slice(0, n)),
    bytes,
  );
});
