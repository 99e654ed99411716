// `alias` lists definitions sorted by name, as bash does (just-bash lists them in definition order).
import { defineCommand, type CustomCommand } from 'just-bash';

export const aliasCommand: CustomCommand = defineCommand('alias', async (args, ctx) => {
  if (!ctx.origCommand) return { stdout: '', stderr: 'bash: alias: not available\n', exitCode: 1 };
  const result = await ctx.origCommand(args);
  const listing = args.every((arg) => arg === '-p');
  if (!listing || !result.stdout) return result;
  const lines = result.stdout.replace(/\n$/, '').split('\n');
  // One definition per line unless a value spans lines: then keep just-bash's order rather than split it.
  if (!lines.every((line) => line.startsWith('alias '))) return result;
  const sorted = [...lines].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { ...result, stdout: `${sorted.join('\n')}\n` };
});
