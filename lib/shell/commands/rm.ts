// GNU `rm`: files, -r trees, -d empty directories, -f, -i prompts, -v reports, the `.`/`..`/`/` safeguards.
import { defineCommand, type CustomCommand, type ResolvedCommandContext } from 'just-bash';
import {
  answers,
  listDirectory,
  errnoText,
  joinName,
  missingReason,
  parseOptions,
  pathOf,
  q,
  statOrNull,
  usageError,
} from './gnu';

const SPEC = {
  flags: 'rRfidvI',
  long: {
    recursive: 'r',
    force: 'f',
    interactive: 'i',
    dir: 'd',
    verbose: 'v',
    'no-preserve-root': 'no-preserve-root',
    'preserve-root': 'preserve-root',
  },
};

interface Job {
  ctx: ResolvedCommandContext;
  recursive: boolean;
  dirs: boolean;
  force: boolean;
  interactive: boolean;
  verbose: boolean;
  ask: () => boolean;
  out: string;
  err: string;
}

function kind(st: { isSymbolicLink: boolean; isDirectory: boolean; size: number }): string {
  if (st.isSymbolicLink) return 'symbolic link';
  if (st.isDirectory) return 'directory';
  return st.size === 0 ? 'regular empty file' : 'regular file';
}

async function remove(job: Job, path: string, name: string): Promise<boolean> {
  const { ctx } = job;
  const st = await statOrNull(ctx, path, false);
  if (!st) {
    if (job.force && (await missingReason(ctx, path)) === 'No such file or directory') return true;
    job.err += `rm: cannot remove ${q(name)}: ${await missingReason(ctx, path)}\n`;
    return false;
  }
  if (st.isDirectory) {
    const listed = await listDirectory(ctx, path);
    if (!Array.isArray(listed)) {
      job.err += `rm: cannot remove ${q(name)}: ${listed.error}\n`;
      return false;
    }
    const children = listed;
    if (!job.recursive) {
      if (!job.dirs) {
        job.err += `rm: cannot remove ${q(name)}: Is a directory\n`;
        return false;
      }
      if (children.length) {
        job.err += `rm: cannot remove ${q(name)}: Directory not empty\n`;
        return false;
      }
    }
    if (job.recursive && children.length) {
      if (job.interactive) {
        job.err += `rm: descend into directory ${q(name)}? `;
        if (!job.ask()) return true;
      }
      let ok = true;
      for (const child of children) ok = (await remove(job, `${path}/${child}`, joinName(name, child))) && ok;
      if (!ok) return false;
    }
  }
  if (job.interactive) {
    job.err += `rm: remove ${kind(st)} ${q(name)}? `;
    if (!job.ask()) return true;
  }
  try {
    await ctx.fs.rm(path, { recursive: true });
  } catch (error) {
    job.err += `rm: cannot remove ${q(name)}: ${errnoText(error)}\n`;
    return false;
  }
  if (job.verbose) job.out += `removed ${st.isDirectory ? 'directory ' : ''}${q(name)}\n`;
  return true;
}

export const rmCommand: CustomCommand = defineCommand('rm', async (args, ctx) => {
  const { parsed, error } = parseOptions('rm', args, SPEC);
  if (error) return error;
  const f = parsed.flags;
  if (parsed.operands.length === 0) {
    return f.has('f') ? { stdout: '', stderr: '', exitCode: 0 } : usageError('rm', 'missing operand');
  }
  const job: Job = {
    ctx,
    recursive: f.has('r') || f.has('R'),
    dirs: f.has('d'),
    force: f.has('f'),
    interactive: f.has('i') && !f.has('f'),
    verbose: f.has('v'),
    ask: answers(ctx),
    out: '',
    err: '',
  };
  let ok = true;
  for (const operand of parsed.operands) {
    const last = operand.replace(/\/+$/, '').split('/').at(-1);
    if (last === '.' || last === '..') {
      job.err += `rm: refusing to remove '.' or '..' directory: skipping ${q(operand)}\n`;
      ok = false;
      continue;
    }
    const path = pathOf(ctx, operand);
    if (path === '/' && job.recursive && !f.has('no-preserve-root')) {
      job.err += `rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n`;
      ok = false;
      continue;
    }
    ok = (await remove(job, path, operand)) && ok;
  }
  return { stdout: job.out, stderr: job.err, exitCode: ok ? 0 : 1 };
});
