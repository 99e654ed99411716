// Thin wrappers over just-bash's own cat, chmod and stat that restore GNU coreutils' error texts.
import { defineCommand, type CustomCommand } from 'just-bash';

type Fixer = (stderr: string, isDirectory: (operand: string) => Promise<boolean>) => Promise<string>;

function wrap(name: string, fix: Fixer): CustomCommand {
  return defineCommand(name, async (args, ctx) => {
    if (!ctx.origCommand) return { stdout: '', stderr: `${name}: not available\n`, exitCode: 127 };
    const result = await ctx.origCommand(args);
    if (!result.stderr) return result;
    const isDirectory = async (operand: string) => {
      try {
        return (await ctx.fs.stat(ctx.fs.resolvePath(ctx.cwd, operand))).isDirectory;
      } catch {
        return false;
      }
    };
    return { ...result, stderr: await fix(result.stderr, isDirectory) };
  });
}

async function mapLines(text: string, map: (line: string) => Promise<string> | string): Promise<string> {
  const lines = text.split('\n');
  const mapped: string[] = [];
  for (const line of lines) mapped.push(await map(line));
  return mapped.join('\n');
}

/** `cat DIR` says `Is a directory`, not `No such file or directory`. */
export const catCommand = wrap('cat', (stderr, isDirectory) =>
  mapLines(stderr, async (line) => {
    const match = /^cat: (.*): No such file or directory$/.exec(line);
    return match?.[1] && (await isDirectory(match[1])) ? `cat: ${match[1]}: Is a directory` : line;
  }),
);

/** GNU chmod follows a bad mode with the `Try ... --help` line. */
export const chmodCommand = wrap('chmod', async (stderr) =>
  mapLines(stderr, (line) =>
    /^chmod: invalid mode: /.test(line) ? `${line}\nTry 'chmod --help' for more information.` : line,
  ),
);

/** coreutils 9 uses statx: `stat: cannot statx 'x': No such file or directory`. */
export const statCommand = wrap('stat', async (stderr) =>
  mapLines(stderr, (line) => line.replace(/^stat: cannot stat '/, "stat: cannot statx '")),
);
