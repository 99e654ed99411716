// GNU `mkdir`: -p (every created directory reported by -v), -m MODE, coreutils' messages.
import { defineCommand, type CustomCommand } from 'just-bash';
import { fail } from './command-result';
import { errnoText, missingReason, parseOptions, pathOf, q, statOrNull, usageError } from './gnu';
import { applyMode } from './mode';

export const mkdirCommand: CustomCommand = defineCommand('mkdir', async (args, ctx) => {
  const { parsed, error } = parseOptions('mkdir', args, {
    flags: 'pvZ',
    values: 'm',
    long: { parents: 'p', verbose: 'v', mode: 'm' },
    longValues: ['mode'],
  });
  if (error) return error;
  if (parsed.operands.length === 0) return usageError('mkdir', 'missing operand');
  const modeText = parsed.values.get('m')?.at(-1);
  const mode = modeText === undefined ? null : applyMode(modeText, 0o777, true);
  if (modeText !== undefined && mode === null) return fail(`mkdir: invalid mode ${q(modeText)}`);
  const parents = parsed.flags.has('p');
  let stdout = '';
  let stderr = '';
  let ok = true;
  const create = async (path: string, name: string, finalMode: number | null) => {
    await ctx.fs.mkdir(path);
    if (finalMode !== null) await ctx.fs.chmod(path, finalMode);
    if (parsed.flags.has('v')) stdout += `mkdir: created directory ${q(name)}\n`;
  };
  for (const operand of parsed.operands) {
    const path = pathOf(ctx, operand);
    const parts = operand.split('/');
    // Each prefix of the operand as typed (`a`, `a/b`, ...) paired with its absolute path.
    const chain = parts
      .map((_, i) => parts.slice(0, i + 1).join('/'))
      .filter((p, i) => parts[i] !== '' && parts[i] !== '.' && p !== '');
    const failAt = (name: string, reason: string) => {
      stderr += `mkdir: cannot create directory ${q(name)}: ${reason}\n`;
      ok = false;
    };
    if (parents) {
      let failed = false;
      for (const [i, name] of chain.entries()) {
        const abs = pathOf(ctx, name);
        const st = await statOrNull(ctx, abs);
        if (st?.isDirectory) continue;
        if (st) {
          failAt(name, 'Not a directory');
          failed = true;
          break;
        }
        const last = i === chain.length - 1;
        try {
          await create(abs, last ? operand : name, last ? mode : null);
        } catch (error) {
          failAt(last ? operand : name, errnoText(error));
          failed = true;
          break;
        }
      }
      if (failed) ok = false;
      continue;
    }
    const st = await statOrNull(ctx, path, false);
    if (st) {
      failAt(operand, 'File exists');
      continue;
    }
    const parent = await statOrNull(ctx, path.slice(0, path.lastIndexOf('/')) || '/');
    if (!parent?.isDirectory) {
      failAt(operand, await missingReason(ctx, path));
      continue;
    }
    try {
      await create(path, operand, mode);
    } catch (error) {
      failAt(operand, errnoText(error));
    }
  }
  return { stdout, stderr, exitCode: ok ? 0 : 1 };
});
