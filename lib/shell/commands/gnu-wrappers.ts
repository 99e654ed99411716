// Thin wrappers over just-bash's own cat and find that restore GNU coreutils' (findutils') error texts.
import { defineCommand, type CustomCommand } from 'just-bash';
import { errnoText } from './gnu';

type Fixer = (
  stderr: string,
  isDirectory: (operand: string) => Promise<boolean>,
  args: string[],
) => Promise<string>;

function wrap(name: string, fix: Fixer): CustomCommand {
  return defineCommand(name, async (args, ctx) => {
    if (!ctx.origCommand) return { stdout: '', stderr: `${name}: not available\n`, exitCode: 127 };
    let result;
    try {
      result = await ctx.origCommand(args);
    } catch (error) {
      // just-bash lets some filesystem errors escape its commands: word them as the tool would.
      result = { stdout: '', stderr: `${name}: ${errnoText(error)}\n`, exitCode: 1 };
    }
    if (!result.stderr) return result;
    const isDirectory = async (operand: string) => {
      try {
        return (await ctx.fs.stat(ctx.fs.resolvePath(ctx.cwd, operand))).isDirectory;
      } catch {
        return false;
      }
    };
    return { ...result, stderr: await fix(result.stderr, isDirectory, args) };
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

/** findutils quotes the operand (`find: 'nope': No such file or directory`) and words errno texts. */
export const findCommand = wrap('find', async (stderr, _isDirectory, args) => {
  const start = args.find((a) => !a.startsWith('-') && a !== '!' && a !== '(') ?? '.';
  return mapLines(stderr, (line) =>
    line
      .replace(/^find: (Permission denied|Input\/output error)$/, `find: '${start}': $1`)
      .replace(
        /^find: (?!')(.*): (No such file or directory|Not a directory|Permission denied)$/,
        "find: '$1': $2",
      ),
  );
});
