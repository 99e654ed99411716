// GNU `chmod`: octal and symbolic modes (`-w` too), -R, -v/-c reports, -f, coreutils' messages.
import { defineCommand, type CustomCommand, type ResolvedCommandContext } from 'just-bash';
import {
  joinName,
  listDirectory,
  missingReason,
  parseOptions,
  pathOf,
  q,
  statOrNull,
  usageError,
} from './gnu';
import { modeString } from './ls';
import { applyMode } from './mode';

const show = (mode: number, isDirectory: boolean) =>
  `${mode.toString(8).padStart(4, '0')} (${modeString({ mode, isDirectory, isSymbolicLink: false }).slice(1)})`;

interface Job {
  ctx: ResolvedCommandContext;
  mode: string;
  recursive: boolean;
  verbose: boolean;
  changes: boolean;
  quiet: boolean;
  out: string;
  err: string;
}

async function change(job: Job, path: string, name: string): Promise<boolean> {
  const st = await statOrNull(job.ctx, path);
  if (!st) {
    if (!job.quiet) job.err += `chmod: cannot access ${q(name)}: ${await missingReason(job.ctx, path)}\n`;
    if (job.verbose) job.out += `${q(name)} could not be accessed\n`;
    return false;
  }
  const before = st.mode & 0o7777;
  const after = applyMode(job.mode, before, st.isDirectory) ?? before;
  if (after !== before) await job.ctx.fs.chmod(path, after);
  if (after !== before && (job.verbose || job.changes))
    job.out += `mode of ${q(name)} changed from ${show(before, st.isDirectory)} to ${show(after, st.isDirectory)}\n`;
  else if (after === before && job.verbose)
    job.out += `mode of ${q(name)} retained as ${show(after, st.isDirectory)}\n`;
  let ok = true;
  if (job.recursive && st.isDirectory) {
    const listed = await listDirectory(job.ctx, path);
    if (!Array.isArray(listed)) {
      job.err += `chmod: cannot read directory ${q(name)}: ${listed.error}\n`;
      return false;
    }
    for (const child of listed) {
      const childPath = `${path === '/' ? '' : path}/${child}`;
      if ((await statOrNull(job.ctx, childPath, false))?.isSymbolicLink) continue;
      ok = (await change(job, childPath, joinName(name, child))) && ok;
    }
  }
  return ok;
}

export const chmodCommand: CustomCommand = defineCommand('chmod', async (args, ctx) => {
  // `chmod -w f` is a mode, not an option.
  const modeLike = args.findIndex((a) => /^-[rwxXst]+$/.test(a));
  const rest = modeLike >= 0 ? args.filter((_, i) => i !== modeLike) : args;
  const { parsed, error } = parseOptions('chmod', rest, {
    flags: 'Rvcf',
    long: { recursive: 'R', verbose: 'v', changes: 'c', silent: 'f', quiet: 'f' },
  });
  if (error) return error;
  const operands = modeLike >= 0 ? [args[modeLike] ?? '', ...parsed.operands] : parsed.operands;
  const [mode, ...files] = operands;
  if (mode === undefined) return usageError('chmod', 'missing operand');
  if (files.length === 0) return usageError('chmod', `missing operand after ${q(mode)}`);
  if (applyMode(mode, 0o644, false) === null) return usageError('chmod', `invalid mode: ${q(mode)}`);
  const f = parsed.flags;
  const job: Job = {
    ctx,
    mode,
    recursive: f.has('R'),
    verbose: f.has('v'),
    changes: f.has('c'),
    quiet: f.has('f'),
    out: '',
    err: '',
  };
  let ok = true;
  for (const file of files) ok = (await change(job, pathOf(ctx, file), file)) && ok;
  return { stdout: job.out, stderr: job.err, exitCode: ok ? 0 : 1 };
});
