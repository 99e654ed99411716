// GNU `ln`: hard links and -s symbolic links, into a directory, -f replaces, -v reports, coreutils' messages.
import { defineCommand, type CustomCommand } from 'just-bash';
import { fail } from './command-result';
import {
  joinName,
  lastComponent,
  missingReason,
  parseOptions,
  pathOf,
  q,
  statOrNull,
  usageError,
} from './gnu';

export const lnCommand: CustomCommand = defineCommand('ln', async (args, ctx) => {
  const { parsed, error } = parseOptions('ln', args, {
    flags: 'sfvnTriL',
    values: 't',
    long: {
      symbolic: 's',
      force: 'f',
      verbose: 'v',
      'no-dereference': 'n',
      'no-target-directory': 'T',
      'target-directory': 't',
      relative: 'r',
    },
    longValues: ['target-directory'],
  });
  if (error) return error;
  const f = parsed.flags;
  const operands = [...parsed.operands];
  if (operands.length === 0) return usageError('ln', 'missing file operand');
  const targetDir = parsed.values.get('t')?.at(-1);
  // `ln -s target` links into the current directory.
  const where = targetDir ?? (operands.length === 1 ? '.' : (operands.pop() as string));
  const whereStat = await statOrNull(ctx, pathOf(ctx, where), !f.has('n'));
  const intoDir =
    !f.has('T') && (targetDir !== undefined || operands.length > 1 || whereStat?.isDirectory === true);
  if (operands.length > 1 && !whereStat?.isDirectory)
    return fail(
      `ln: target ${q(where)}: ${whereStat ? 'Not a directory' : await missingReason(ctx, pathOf(ctx, where))}`,
    );
  let stdout = '';
  let stderr = '';
  const kind = f.has('s') ? 'symbolic link' : 'hard link';
  for (const source of operands) {
    const linkName = intoDir ? joinName(where, lastComponent(source)) : where;
    const linkPath = pathOf(ctx, linkName);
    if (!f.has('s')) {
      const st = await statOrNull(ctx, pathOf(ctx, source));
      if (!st) {
        stderr += `ln: failed to access ${q(source)}: ${await missingReason(ctx, pathOf(ctx, source))}\n`;
        continue;
      }
      if (st.isDirectory) {
        stderr += `ln: ${source}: hard link not allowed for directory\n`;
        continue;
      }
    }
    const existing = await statOrNull(ctx, linkPath, false);
    if (existing) {
      if (!f.has('f') || existing.isDirectory) {
        stderr += `ln: failed to create ${kind} ${q(linkName)}: File exists\n`;
        continue;
      }
      await ctx.fs.rm(linkPath);
    }
    try {
      if (f.has('s')) await ctx.fs.symlink(source, linkPath);
      else await ctx.fs.link(pathOf(ctx, source), linkPath);
    } catch {
      stderr += `ln: failed to create ${kind} ${q(linkName)}: ${await missingReason(ctx, linkPath)}\n`;
      continue;
    }
    if (f.has('v')) stdout += `${q(linkName)} -> ${q(source)}\n`;
  }
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
});
