// GNU `uniq`: adjacent duplicates (-c with a 7-wide count, -d, -u, -i), input file and output file operands.
import { defineCommand, type CustomCommand } from 'just-bash';
import { fail } from './command-result';
import { parseOptions, pathOf, q, readInputs, splitLines, usageError } from './gnu';

const SPEC = {
  flags: 'cdui',
  long: { count: 'c', repeated: 'd', unique: 'u', 'ignore-case': 'i' },
};

export const uniqCommand: CustomCommand = defineCommand('uniq', async (args, ctx) => {
  const { parsed, error } = parseOptions('uniq', args, SPEC);
  if (error) return error;
  const [input = '-', output, extra] = parsed.operands;
  if (extra !== undefined) return usageError('uniq', `extra operand ${q(extra)}`);
  const [read] = await readInputs('uniq', ctx, [input]);
  if (!read || 'error' in read) return fail(read?.error ?? '');
  const f = parsed.flags;
  const key = (line: string) => (f.has('i') ? line.toLowerCase() : line);
  const groups: { line: string; count: number }[] = [];
  for (const line of splitLines(read.text)) {
    const last = groups[groups.length - 1];
    if (last && key(last.line) === key(line)) last.count++;
    else groups.push({ line, count: 1 });
  }
  let out = '';
  for (const { line, count } of groups) {
    if (f.has('d') && count < 2) continue;
    if (f.has('u') && count > 1) continue;
    out += `${f.has('c') ? `${String(count).padStart(7)} ` : ''}${line}\n`;
  }
  if (output !== undefined && output !== '-') {
    await ctx.fs.writeFile(pathOf(ctx, output), out);
    return { stdout: '', stderr: '', exitCode: 0 };
  }
  return { stdout: out, stderr: '', exitCode: 0 };
});
