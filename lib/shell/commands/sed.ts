// `sed` over just-bash's own: `-i SUFFIX` / `--in-place=SUFFIX` first writes the backup GNU sed keeps, and a
// missing file gets GNU's `can't read` message and status 2.
import { defineCommand, type CustomCommand } from 'just-bash';
import { lastComponent, pathOf, statOrNull } from './gnu';

/** True when an `s` command of the expression ends before its third delimiter (`s/a/b`). */
export function unterminatedS(expression: string): boolean {
  let i = 0;
  const at = (k: number) => expression[k] ?? '';
  while (i < expression.length) {
    while (/[\s;]/.test(at(i))) i++;
    // Skip an address: line numbers, $, /regex/, ranges.
    while (/[\d$,!~]/.test(at(i)) || at(i) === '/') {
      if (at(i) === '/') {
        i++;
        while (i < expression.length && at(i) !== '/') i += at(i) === '\\' ? 2 : 1;
      }
      i++;
    }
    if (at(i) !== 's') return false;
    const delim = at(i + 1);
    if (delim === '' || delim === '\\' || delim === '\n') return delim === '';
    let parts = 0;
    for (i += 2; i < expression.length && parts < 2; i++) {
      if (at(i) === '\\') i++;
      else if (at(i) === delim) parts++;
    }
    if (parts < 2) return true;
    while (i < expression.length && at(i) !== ';' && at(i) !== '\n') i++;
  }
  return false;
}

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
  const expressions = passed.flatMap((arg, k) =>
    arg === '-e' || arg === '--expression'
      ? [passed[k + 1] ?? '']
      : arg.startsWith('--expression=')
        ? [arg.slice(13)]
        : [],
  );
  if (expressions.length === 0) {
    const first = passed.find((arg, k) => !arg.startsWith('-') && !VALUED.has(passed[k - 1] ?? ''));
    if (first !== undefined) expressions.push(first);
  }
  for (const [k, expression] of expressions.entries()) {
    if (unterminatedS(expression))
      return {
        stdout: '',
        stderr: `sed: -e expression #${k + 1}, char ${expression.length}: unterminated \`s' command\n`,
        exitCode: 1,
      };
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
