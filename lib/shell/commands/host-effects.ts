// Commands whose real work happens in the host: editors open a file, `clear` wipes the terminal.
import { defineCommand, type CustomCommand } from 'just-bash';
import type { RunScope } from '../run-scope';
import { fail, ok } from './command-result';

/** Names that open the sandbox editor. */
export const EDITOR_NAMES = ['nano', 'vi', 'vim', 'code'] as const;

function editorCommand(name: string, scope: () => RunScope | null): CustomCommand {
  return defineCommand(name, async (args, ctx) => {
    const files = args.filter((a) => !a.startsWith('-') || a === '-');
    if (files.length === 0) return fail(`${name}: missing file operand\nUsage: ${name} FILE`, 2);
    if (files.length > 1) return fail(`${name}: the sandbox editor opens one file at a time`, 2);
    const file = files[0] ?? '';
    const path = ctx.fs.resolvePath(ctx.cwd, file);
    if (await ctx.fs.exists(path)) {
      const stat = await ctx.fs.stat(path);
      if (stat.isDirectory) return fail(`${name}: ${file}: Is a directory`, 1);
    }
    // Like real nano, a file in a folder that does not exist yet opens as an empty buffer: saving it
    // fails, and the editor then says how to create the folder.
    scope()?.effects.push({ type: 'open-editor', path });
    return ok();
  });
}

export function editorCommands(scope: () => RunScope | null): CustomCommand[] {
  return EDITOR_NAMES.map((name) => editorCommand(name, scope));
}

export function clearCommand(scope: () => RunScope | null): CustomCommand {
  return defineCommand('clear', async () => {
    scope()?.effects.push({ type: 'clear' });
    return ok();
  });
}
