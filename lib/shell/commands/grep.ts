// `grep` over just-bash's own: several -e patterns (any may match), -s (no messages about unreadable files).
import { defineCommand, type CustomCommand } from 'just-bash';

const escapeBre = (p: string) => p.replace(/[.[\]*^$\\]/g, '\\$&');

export const grepCommand: CustomCommand = defineCommand('grep', async (args, ctx) => {
  if (!ctx.origCommand) return { stdout: '', stderr: 'grep: not available\n', exitCode: 127 };
  const patterns: string[] = [];
  const rest: string[] = [];
  let silent = false;
  let extended = false;
  let fixed = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      rest.push(...args.slice(i));
      break;
    }
    if (arg === '-e' || arg === '--regexp') patterns.push(args[++i] ?? '');
    else if (arg.startsWith('--regexp=')) patterns.push(arg.slice('--regexp='.length));
    else if (/^-[a-zA-Z]+$/.test(arg) && arg.includes('s')) {
      silent = true;
      if (arg !== '-s') rest.push(arg.replace(/s/g, ''));
    } else if (arg === '--no-messages') silent = true;
    else rest.push(arg);
    if (/^-[a-zA-Z]*E/.test(arg) || arg === '--extended-regexp') extended = true;
    if (/^-[a-zA-Z]*F/.test(arg) || arg === '--fixed-strings') fixed = true;
  }
  let passed = rest;
  if (patterns.length === 1) passed = ['-e', patterns[0] ?? '', ...rest];
  else if (patterns.length > 1) {
    // One pattern that matches where any of them does.
    const joined = fixed
      ? patterns.map(escapeBre).join('\\|')
      : extended
        ? patterns.map((p) => `(${p})`).join('|')
        : patterns.map((p) => `\\(${p}\\)`).join('\\|');
    passed = [
      '-e',
      joined,
      ...(fixed
        ? rest
            .map((a) => (/^-[a-zA-Z]+$/.test(a) ? a.replace(/F/g, '') : a))
            .filter((a) => a !== '-' && a !== '')
        : rest),
    ];
  }
  const result = await ctx.origCommand(passed);
  if (!silent) return result;
  return {
    ...result,
    stderr: result.stderr.replace(
      /^grep: .*: (No such file or directory|Permission denied|Is a directory)\n/gm,
      '',
    ),
  };
});
