// GNU `touch`: creates empty files or updates times (-c, -a, -m, -d, -t, -r), coreutils' messages.
import { defineCommand, type CustomCommand } from 'just-bash';
import { fail } from './command-result';
import { missingReason, parseOptions, pathOf, q, statOrNull, usageError } from './gnu';

/** `[[CC]YY]MMDDhhmm[.ss]` as `touch -t` reads it (UTC). */
function stampTime(text: string): Date | null {
  const m = /^(\d{2}|\d{4})?(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d{2}))?$/.exec(text);
  if (!m) return null;
  const year = m[1]
    ? m[1].length === 2
      ? 2000 + Number(m[1]) - (Number(m[1]) >= 69 ? 100 : 0)
      : Number(m[1])
    : new Date().getUTCFullYear();
  return new Date(
    Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)),
  );
}

export const touchCommand: CustomCommand = defineCommand('touch', async (args, ctx) => {
  const { parsed, error } = parseOptions('touch', args, {
    flags: 'camfh',
    values: 'dtr',
    long: { 'no-create': 'c', date: 'd', reference: 'r', 'no-dereference': 'h', time: 'time' },
    longValues: ['date', 'reference', 'time'],
  });
  if (error) return error;
  if (parsed.operands.length === 0) return usageError('touch', 'missing file operand');
  let when = new Date();
  const date = parsed.values.get('d')?.at(-1);
  const stamp = parsed.values.get('t')?.at(-1);
  const ref = parsed.values.get('r')?.at(-1);
  if (date !== undefined) {
    const parsedDate = new Date(/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date);
    if (Number.isNaN(parsedDate.getTime())) return fail(`touch: invalid date format ${q(date)}`);
    when = parsedDate;
  }
  if (stamp !== undefined) {
    const parsedStamp = stampTime(stamp);
    if (!parsedStamp) return fail(`touch: invalid date format ${q(stamp)}`);
    when = parsedStamp;
  }
  if (ref !== undefined) {
    const st = await statOrNull(ctx, pathOf(ctx, ref));
    if (!st)
      return fail(
        `touch: failed to get attributes of ${q(ref)}: ${await missingReason(ctx, pathOf(ctx, ref))}`,
      );
    when = st.mtime;
  }
  let stderr = '';
  for (const operand of parsed.operands) {
    if (operand === '-') continue;
    const path = pathOf(ctx, operand);
    const st = await statOrNull(ctx, path);
    try {
      if (!st) {
        if (parsed.flags.has('c')) continue;
        const parent = await statOrNull(ctx, path.slice(0, path.lastIndexOf('/')) || '/');
        if (!parent?.isDirectory) {
          stderr += `touch: cannot touch ${q(operand)}: ${await missingReason(ctx, path)}\n`;
          continue;
        }
        await ctx.fs.writeFile(path, '');
      }
      await ctx.fs.utimes(path, when, when);
    } catch {
      stderr += `touch: cannot touch ${q(operand)}: Permission denied\n`;
    }
  }
  return stderr ? fail(stderr) : { stdout: '', stderr: '', exitCode: 0 };
});
