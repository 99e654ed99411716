// `env` and `printenv` that show only exported variables, as programs see them in real bash.
import { defineCommand, type CustomCommand } from 'just-bash';
import { latin1 } from '../bytes';
import { fail, ok } from './command-result';

/** Quotes one word for re-parsing by the shell. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function listing(env: Record<string, string>, nul: boolean): string {
  const sep = nul ? '\0' : '\n';
  return Object.entries(env)
    .map(([k, v]) => `${k}=${v}${sep}`)
    .join('');
}

export const envCommand: CustomCommand = defineCommand('env', async (args, ctx) => {
  let env: Record<string, string> = { ...(ctx.exportedEnv ?? {}) };
  let nul = false;
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '-i' || arg === '-' || arg === '--ignore-environment') env = {};
    else if (arg === '-0' || arg === '--null') nul = true;
    else if (arg === '-u' || arg === '--unset') delete env[args[++i] ?? ''];
    else if (arg.startsWith('--unset=')) delete env[arg.slice(8)];
    else if (arg === '--') {
      i++;
      break;
    } else if (arg.startsWith('-') && arg.length > 1) {
      return fail(`env: invalid option -- '${arg.slice(1)}'\nTry 'env --help' for more information.`, 125);
    } else break;
  }
  for (; i < args.length && /^[^=]+=/.test(args[i] ?? ''); i++) {
    const assignment = args[i] ?? '';
    const eq = assignment.indexOf('=');
    env[assignment.slice(0, eq)] = assignment.slice(eq + 1);
  }
  // bash sets `_` to the program's path; real `env` prints it last.
  if (i >= args.length) return ok(listing({ ...env, _: '/usr/bin/env' }, nul));
  if (!ctx.exec) return fail('env: cannot run commands here', 126);
  // Prefix assignments export the NAME=VALUE pairs to the program, like env(1) does.
  const assignments = Object.entries(env)
    .filter(([name]) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
    .map(([name, value]) => `${name}=${shellQuote(value)}`);
  const command = [...assignments, ...args.slice(i).map(shellQuote)].join(' ');
  const result = await ctx.exec(command, {
    cwd: ctx.cwd,
    env: { PWD: ctx.cwd },
    replaceEnv: true,
    stdin: latin1(ctx.stdin),
    stdinKind: 'bytes',
    signal: ctx.signal,
  });
  return { stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode };
});

export const printenvCommand: CustomCommand = defineCommand('printenv', async (args, ctx) => {
  const env = ctx.exportedEnv ?? {};
  const names = args.filter((a) => !a.startsWith('-'));
  const nul = args.includes('-0') || args.includes('--null');
  if (names.length === 0) return ok(listing(env, nul));
  let out = '';
  let missing = false;
  for (const name of names) {
    if (name in env) out += `${env[name]}${nul ? '\0' : '\n'}`;
    else missing = true;
  }
  return { stdout: out, stderr: '', exitCode: missing ? 1 : 0 };
});
