// `sed` over just-bash's own: `-i SUFFIX` / `--in-place=SUFFIX` first writes the backup GNU sed keeps, and a
// missing file gets GNU's `can't read` message and status 2.
import { defineCommand, type CustomCommand } from 'just-bash';
import { lastComponent, pathOf, statOrNull } from './gnu';

/** Options of sed that take a value (the next argument when not attached). */
const VALUED = new Set(['-e', '-f', '-l', '--expression', '--file', '--line-length']);

export const sedCommand: CustomCommand = defineCommand('sed', async (args, ctx) => {
  if (!ctx.origCommand) return { stdout: '', stderr: 'sed: not available\n', exitCode: 127 };
  let suffix: string | undefined;
  let script = false;
  const files: string[] = [];
  const passed: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const inPlace = /^-i(.+)$/.exec(arg) ?? /^--in-place=(.+)$/.exec(arg);
    if (inPlace) {
      suffix = inPlace[1];
      passed.push('-i');
      continue;
    }
    passed.push(arg);
    if (VALUED.has(arg)) {
      passed.push(args[++i] ?? '');
      if (arg === '-e' || arg === '--expression' || arg === '-f' || arg === '--file') script = true;
    } else if (/^--(expression|file)=/.test(arg) || /^-[nEsrz]*[ef]./.test(arg)) script = true;
    else if (!arg.startsWith('-') || arg === '-') {
      if (!script) script = true;
      else files.push(arg);
    }
  }
  if (suffix !== undefined) {
    for (const file of files) {
      const path = pathOf(ctx, file);
      const st = await statOrNull(ctx, path);
      if (!st?.isFile) continue;
      // A `*` in the suffix stands for the file's base name (`-i 'bak/*'`).
      const backup = suffix.includes('*')
        ? path.slice(0, path.length - lastComponent(file).length) + suffix.replace(/\*/g, lastComponent(file))
        : `${path}${suffix}`;
      await ctx.fs.writeFile(backup, await ctx.fs.readFileBuffer(path));
      await ctx.fs.chmod(backup, st.mode);
    }
  }
  const result = await ctx.origCommand(passed);
  const missing = /^sed: (.*): No such file or directory$/gm;
  if (!missing.test(result.stderr)) return result;
  return {
    ...result,
    stderr: result.stderr.replace(missing, "sed: can't read $1: No such file or directory"),
    exitCode: 2,
  };
});
