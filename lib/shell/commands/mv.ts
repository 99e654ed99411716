// GNU `mv`: rename onto a file (replacing it) or into a directory, -i -n -f -v -t -T, coreutils' messages.
import { defineCommand, type CustomCommand } from 'just-bash';
import { fail } from './command-result';
import { isWithin, sameFile } from './cp';
import {
  answers,
  errnoText,
  joinName,
  lastComponent,
  listDirectory,
  missingReason,
  parseOptions,
  pathOf,
  q,
  statOrNull,
  usageError,
} from './gnu';

const SPEC = {
  flags: 'ifnvTbu',
  values: 't',
  long: {
    interactive: 'i',
    force: 'f',
    'no-clobber': 'n',
    verbose: 'v',
    'no-target-directory': 'T',
    'target-directory': 't',
    update: 'u',
  },
  longValues: ['target-directory'],
};

export const mvCommand: CustomCommand = defineCommand('mv', async (args, ctx) => {
  const { parsed, error } = parseOptions('mv', args, SPEC);
  if (error) return error;
  const f = parsed.flags;
  const operands = [...parsed.operands];
  const targetDir = parsed.values.get('t')?.at(-1);
  if (operands.length === 0) return usageError('mv', 'missing file operand');
  if (targetDir === undefined && operands.length === 1)
    return usageError('mv', `missing destination file operand after ${q(operands[0] ?? '')}`);
  const target = targetDir ?? (operands.pop() as string);
  const targetPath = pathOf(ctx, target);
  const targetStat = await statOrNull(ctx, targetPath);
  const intoDir = !f.has('T') && (targetDir !== undefined || targetStat?.isDirectory === true);
  if (operands.length > 1 && !intoDir) {
    const reason = targetStat ? 'Not a directory' : await missingReason(ctx, targetPath);
    return fail(`mv: target ${q(target)}: ${reason}`);
  }
  const ask = answers(ctx);
  const out: string[] = [];
  let stderr = '';
  let ok = true;
  const bad = (message: string) => {
    stderr += `mv: ${message}\n`;
    ok = false;
  };
  for (const operand of operands) {
    const src = pathOf(ctx, operand);
    const destName = intoDir ? joinName(target, lastComponent(operand)) : target;
    const dest = pathOf(ctx, destName);
    const st = await statOrNull(ctx, src, false);
    if (!st) {
      bad(`cannot stat ${q(operand)}: ${await missingReason(ctx, src)}`);
      continue;
    }
    const existing = await statOrNull(ctx, dest, false);
    if (existing && (await sameFile(ctx, src, dest))) {
      bad(`${q(operand)} and ${q(destName)} are the same file`);
      continue;
    }
    if (st.isDirectory && isWithin(dest, src)) {
      bad(`cannot move ${q(operand)} to a subdirectory of itself, ${q(destName)}`);
      continue;
    }
    if (existing) {
      if (existing.isDirectory && !st.isDirectory) {
        bad(`cannot overwrite directory ${q(destName)} with non-directory`);
        continue;
      }
      if (!existing.isDirectory && st.isDirectory) {
        bad(`cannot overwrite non-directory ${q(destName)} with directory ${q(operand)}`);
        continue;
      }
      if (
        existing.isDirectory &&
        (await listDirectory(ctx, dest).then((l) => !Array.isArray(l) || l.length > 0))
      ) {
        bad(`cannot move ${q(operand)} to ${q(destName)}: Directory not empty`);
        continue;
      }
      if (f.has('n') && !f.has('i')) continue;
      if (f.has('i') && !f.has('n')) {
        stderr += `mv: overwrite ${q(destName)}? `;
        if (!ask()) continue;
      }
    }
    try {
      if (existing) await ctx.fs.rm(dest, { recursive: true });
      await ctx.fs.mv(src, dest);
    } catch (error) {
      const reason = existing ? errnoText(error) : await missingReason(ctx, dest);
      bad(`cannot move ${q(operand)} to ${q(destName)}: ${reason}`);
      continue;
    }
    if (f.has('v')) out.push(`renamed ${q(operand)} -> ${q(destName)}\n`);
  }
  return { stdout: out.join(''), stderr, exitCode: ok ? 0 : 1 };
});
