// `alias` as bash prints it: sorted by name, values quoted with '\'' for quotes, `bash: alias:` errors.
import { defineCommand, type CustomCommand } from 'just-bash';

/** just-bash keeps each alias in the shell variable BASH_ALIAS_<name>. */
const PREFIX = 'BASH_ALIAS_';

function quote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export const aliasCommand: CustomCommand = defineCommand('alias', async (args, ctx) => {
  const names = args.filter((arg) => arg !== '-p');
  if (names.some((arg) => arg.includes('=') || arg.startsWith('-'))) {
    // Definitions (and bad options) are just-bash's; only the error prefix changes.
    if (!ctx.origCommand) return { stdout: '', stderr: 'bash: alias: not available\n', exitCode: 1 };
    const result = await ctx.origCommand(args);
    return { ...result, stderr: result.stderr.replace(/^alias: /gm, 'bash: alias: ') };
  }
  const defined = new Map<string, string>();
  for (const [key, value] of ctx.env)
    if (key.startsWith(PREFIX)) defined.set(key.slice(PREFIX.length), value);
  const line = (name: string) => `alias ${name}=${quote(defined.get(name) ?? '')}\n`;
  // bash lists every alias when there is no name (or only -p), sorted by name (C locale: byte order).
  const listed =
    names.length === 0 || args.includes('-p')
      ? [...defined.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      : [];
  let stdout = listed.map(line).join('');
  let stderr = '';
  for (const name of names) {
    if (defined.has(name)) stdout += line(name);
    else stderr += `bash: alias: ${name}: not found\n`;
  }
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
});
