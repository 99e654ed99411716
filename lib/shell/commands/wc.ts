// GNU `wc`: lines, words, bytes (-l -w -c -m -L), column width computed from the inputs as coreutils does.
import { defineCommand, type CustomCommand, type ResolvedCommandContext } from 'just-bash';
import { stdinIsRegularFile } from '../just-bash-seam';
import { fail } from './command-result';
import { parseOptions, pathOf, readInputs, statOrNull } from './gnu';

const SPEC = {
  flags: 'lwcmL',
  long: { lines: 'l', words: 'w', bytes: 'c', chars: 'm', 'max-line-length': 'L' },
};

type Counts = [number, number, number, number, number];

function count(text: string, size: number): Counts {
  const lines = (text.match(/\n/g) ?? []).length;
  const words = (text.match(/[^\s]+/g) ?? []).length;
  let longest = 0;
  for (const line of text.split('\n'))
    longest = Math.max(longest, [...line.replace(/\t/g, '        ')].length);
  return [lines, words, [...text].length, size, longest];
}

export const wcCommand: CustomCommand = defineCommand('wc', async (args, ctx) => {
  const { parsed, error } = parseOptions('wc', args, SPEC);
  if (error) return error;
  const f = parsed.flags;
  const none = !['l', 'w', 'c', 'm', 'L'].some((k) => f.has(k));
  // Column order is fixed: lines, words, chars, bytes, max line length.
  const shown = [f.has('l') || none, f.has('w') || none, f.has('m'), f.has('c') || none, f.has('L')];
  const inputs = await readInputs('wc', ctx, parsed.operands);
  // Width: digits of the regular files' total size, at least 7 when a non-regular input (a pipe, a directory) is
  // read. Standard input redirected from a file (`wc < file`) is a regular file too.
  let width = 1;
  if (shown.filter(Boolean).length > 1 || inputs.length > 1) {
    const first = inputs[0];
    if (first && !('error' in first && !(await isDirectory(ctx, first.name)))) {
      let total = 0;
      let minimum = 1;
      for (const input of inputs) {
        const regular = input.name === '-' ? stdinIsRegularFile(ctx) : !(await isDirectory(ctx, input.name));
        if (!regular) minimum = 7;
        else if ('text' in input) total += input.size;
      }
      width = Math.max(String(total).length, minimum);
    }
  }
  const row = (c: Counts, name: string) =>
    c
      .filter((_, i) => shown[i])
      .map((n) => String(n).padStart(width))
      .join(' ') + (name === '-' && parsed.operands.length === 0 ? '' : ` ${name}`);
  let stdout = '';
  let stderr = '';
  const totals: Counts = [0, 0, 0, 0, 0];
  for (const input of inputs) {
    if ('error' in input) {
      stderr += input.error;
      // GNU still prints a row of zeros for a directory it could open.
      if (await isDirectory(ctx, input.name)) stdout += row([0, 0, 0, 0, 0], input.name) + '\n';
      continue;
    }
    const c = count(input.text, input.size);
    c.forEach((n, i) => (totals[i] = i === 4 ? Math.max(totals[i] ?? 0, n) : (totals[i] ?? 0) + n));
    stdout += row(c, input.name) + '\n';
  }
  if (inputs.length > 1) stdout += row(totals, 'total') + '\n';
  return stderr ? { ...fail(stderr), stdout } : { stdout, stderr: '', exitCode: 0 };
});

async function isDirectory(ctx: ResolvedCommandContext, name: string): Promise<boolean> {
  if (name === '-') return false;
  return (await statOrNull(ctx, pathOf(ctx, name)))?.isDirectory ?? false;
}
