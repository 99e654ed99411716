// GNU `cp`: files onto files or into a directory, -r trees, -i -n -f -v -p, and coreutils' messages.
import { defineCommand, type CustomCommand, type ResolvedCommandContext } from 'just-bash';
import { fail } from './command-result';
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
  flags: 'rRifnvpaTdPLHuxlsZ',
  values: 't',
  long: {
    recursive: 'r',
    interactive: 'i',
    force: 'f',
    'no-clobber': 'n',
    verbose: 'v',
    preserve: 'p',
    archive: 'a',
    'no-target-directory': 'T',
    'target-directory': 't',
    update: 'u',
  },
  longValues: ['target-directory'],
};

interface Job {
  ctx: ResolvedCommandContext;
  recursive: boolean;
  verbose: boolean;
  noClobber: boolean;
  interactive: boolean;
  preserve: boolean;
  ask: () => boolean;
  out: string[];
  err: string[];
}

/** True when `inner` is `outer` or lies inside it (absolute paths). */
export function isWithin(inner: string, outer: string): boolean {
  return inner === outer || inner.startsWith(outer === '/' ? '/' : `${outer}/`);
}

async function copyEntry(
  job: Job,
  src: string,
  dest: string,
  srcName: string,
  destName: string,
): Promise<boolean> {
  const { ctx } = job;
  const st = await statOrNull(ctx, src, false);
  if (!st) {
    job.err.push(`cp: cannot stat ${q(srcName)}: ${await missingReason(ctx, src)}`);
    return false;
  }
  const existing = await statOrNull(ctx, dest);
  if (st.isDirectory) {
    if (!job.recursive) {
      job.err.push(`cp: -r not specified; omitting directory ${q(srcName)}`);
      return false;
    }
    if (isWithin(dest, src)) {
      job.err.push(`cp: cannot copy a directory, ${q(srcName)}, into itself, ${q(destName)}`);
      return false;
    }
    if (existing && !existing.isDirectory) {
      job.err.push(`cp: cannot overwrite non-directory ${q(destName)} with directory ${q(srcName)}`);
      return false;
    }
    if (!existing) {
      try {
        await ctx.fs.mkdir(dest);
        await ctx.fs.chmod(dest, st.mode);
      } catch (error) {
        job.err.push(`cp: cannot create directory ${q(destName)}: ${errnoText(error)}`);
        return false;
      }
    }
    if (job.verbose) job.out.push(`${q(srcName)} -> ${q(destName)}`);
    let ok = true;
    const listed = await listDirectory(ctx, src);
    if (!Array.isArray(listed)) {
      job.err.push(`cp: cannot access ${q(srcName)}: ${listed.error}`);
      return false;
    }
    for (const name of listed)
      ok =
        (await copyEntry(
          job,
          `${src}/${name}`,
          `${dest}/${name}`,
          joinName(srcName, name),
          joinName(destName, name),
        )) && ok;
    return ok;
  }
  if (!existing && (await missingReason(ctx, dest)) === 'Not a directory') {
    job.err.push(`cp: cannot stat ${q(destName)}: Not a directory`);
    return false;
  }
  if (existing) {
    if (existing.isDirectory) {
      job.err.push(`cp: cannot overwrite directory ${q(destName)} with non-directory`);
      return false;
    }
    const same = await sameFile(ctx, src, dest);
    if (same) {
      job.err.push(`cp: ${q(srcName)} and ${q(destName)} are the same file`);
      return false;
    }
    if (job.noClobber) return true;
    if (job.interactive) {
      job.err.push(`cp: overwrite ${q(destName)}? `);
      if (!job.ask()) return true;
    }
  }
  try {
    if (st.isSymbolicLink && !job.recursive) {
      await ctx.fs.writeFile(dest, await ctx.fs.readFileBuffer(src));
    } else if (st.isSymbolicLink) {
      await ctx.fs.symlink(await ctx.fs.readlink(src), dest);
    } else {
      await ctx.fs.writeFile(dest, await ctx.fs.readFileBuffer(src));
    }
    // A new file gets the source's mode (minus the umask, which 644/755 sources already satisfy).
    if (!existing && !st.isSymbolicLink) await ctx.fs.chmod(dest, st.mode & ~0o022);
    if (job.preserve && !st.isSymbolicLink) await ctx.fs.chmod(dest, st.mode);
  } catch (error) {
    const parent = await statOrNull(ctx, dest.slice(0, dest.lastIndexOf('/')) || '/');
    const reason = parent ? errnoText(error) : await missingReason(ctx, dest);
    job.err.push(
      `cp: cannot create regular file ${q(destName)}: ${parent?.isDirectory === false ? 'Not a directory' : reason}`,
    );
    return false;
  }
  if (job.verbose) job.out.push(`${q(srcName)} -> ${q(destName)}`);
  return true;
}

/** Same file: one path, or hard links to one inode. */
export async function sameFile(ctx: ResolvedCommandContext, a: string, b: string): Promise<boolean> {
  if (a === b) return true;
  const [x, y] = [await statOrNull(ctx, a), await statOrNull(ctx, b)];
  return Boolean(x && y && x.ino !== undefined && x.ino === y.ino);
}

export const cpCommand: CustomCommand = defineCommand('cp', async (args, ctx) => {
  const { parsed, error } = parseOptions('cp', args, SPEC);
  if (error) return error;
  const f = parsed.flags;
  const operands = [...parsed.operands];
  const targetDir = parsed.values.get('t')?.at(-1);
  if (operands.length === 0) return usageError('cp', 'missing file operand');
  if (targetDir === undefined && operands.length === 1)
    return usageError('cp', `missing destination file operand after ${q(operands[0] ?? '')}`);
  const target = targetDir ?? (operands.pop() as string);
  const job: Job = {
    ctx,
    recursive: f.has('r') || f.has('R') || f.has('a'),
    verbose: f.has('v'),
    // The last of -i, -n, -f wins, as in GNU cp.
    noClobber: f.has('n') && !f.has('i'),
    interactive: f.has('i') && !f.has('n'),
    preserve: f.has('p') || f.has('a'),
    ask: answers(ctx),
    out: [],
    err: [],
  };
  const targetPath = pathOf(ctx, target);
  const targetStat = await statOrNull(ctx, targetPath);
  const intoDir = !f.has('T') && (targetDir !== undefined || targetStat?.isDirectory === true);
  if (operands.length > 1 && !intoDir) {
    const reason = targetStat ? 'Not a directory' : await missingReason(ctx, targetPath);
    return fail(`cp: target ${q(target)}: ${reason}`);
  }
  let ok = true;
  for (const operand of operands) {
    const src = pathOf(ctx, operand);
    const destName = intoDir ? joinName(target, lastComponent(operand)) : target;
    ok = (await copyEntry(job, src, pathOf(ctx, destName), operand, destName)) && ok;
  }
  const stdout = job.out.map((l) => `${l}\n`).join('');
  const stderr = job.err.map((l) => (l.endsWith('? ') ? l : `${l}\n`)).join('');
  return { stdout, stderr, exitCode: ok ? 0 : 1 };
});
