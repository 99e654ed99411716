// Thin wrappers over just-bash's own cat and find that restore GNU coreutils' (findutils') error texts.
import { defineCommand, type CustomCommand, type ExecResult } from 'just-bash';
import type { OutputWrite } from '../output-order';
import { isLoadFailure, NOT_LOADED_TEXT } from '../messages';
import { errnoText } from './gnu';

type Fixer = (
  stderr: string,
  isDirectory: (operand: string) => Promise<boolean>,
  args: string[],
) => Promise<string>;

type Run = Parameters<typeof defineCommand>[1];

function wrap(name: string, fix: Fixer): CustomCommand {
  return defineCommand(name, wrapped(name, fix));
}

function wrapped(name: string, fix: Fixer): Run {
  return async (args, ctx) => {
    if (!ctx.origCommand) return { stdout: '', stderr: `${name}: not available\n`, exitCode: 127 };
    let result;
    try {
      result = await ctx.origCommand(args);
    } catch (error) {
      // just-bash lets some filesystem errors escape its commands: word them as the tool would. Offline, the
      // command's own code may not have arrived yet.
      const text = isLoadFailure(error) ? NOT_LOADED_TEXT : errnoText(error);
      result = { stdout: '', stderr: `${name}: ${text}\n`, exitCode: 1 };
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
  };
}

async function mapLines(text: string, map: (line: string) => Promise<string> | string): Promise<string> {
  const lines = text.split('\n');
  const mapped: string[] = [];
  for (const line of lines) mapped.push(await map(line));
  return mapped.join('\n');
}

/** `cat DIR` says `Is a directory`, not `No such file or directory`. */
const catOnce = wrapped('cat', (stderr, isDirectory) =>
  mapLines(stderr, async (line) => {
    const match = /^cat: (.*): No such file or directory$/.exec(line);
    return match?.[1] && (await isDirectory(match[1])) ? `cat: ${match[1]}: Is a directory` : line;
  }),
);

/** Plain `cat A B C` goes file by file as GNU cat does, so `&>` gets an error between the outputs. */
export const catCommand = defineCommand('cat', async (args, ctx) => {
  if (args.length < 2 || args.some((arg) => arg.startsWith('-'))) return catOnce(args, ctx);
  const writes: OutputWrite[] = [];
  let exitCode = 0;
  // File contents come back as bytes (a latin1 string): the joined output keeps that shape.
  let shape: Pick<ExecResult, 'stdoutKind'> = {};
  for (const operand of args) {
    const result = await catOnce([operand], ctx);
    if (result.stdout) {
      writes.push({ fd: 1, text: result.stdout });
      if (result.stdoutKind) shape = { stdoutKind: result.stdoutKind };
    }
    if (result.stderr) writes.push({ fd: 2, text: result.stderr });
    exitCode = Math.max(exitCode, result.exitCode);
  }
  const text = (fd: 1 | 2) => writes.flatMap((write) => (write.fd === fd ? [write.text] : [])).join('');
  return { ...shape, stdout: text(1), stderr: text(2), exitCode, writes };
});

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
