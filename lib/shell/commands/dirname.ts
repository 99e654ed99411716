// GNU `dirname`: everything before the last component (`.` when none, `/` for the root), several operands, -z.
import { defineCommand, type CustomCommand } from 'just-bash';
import { parseOptions, usageError } from './gnu';

/** The directory part of a path as POSIX dirname defines it. */
export function dirName(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return path.startsWith('/') ? '/' : '.';
  const at = trimmed.lastIndexOf('/');
  if (at < 0) return '.';
  const dir = trimmed.slice(0, at).replace(/\/+$/, '');
  return dir === '' ? '/' : dir;
}

export const dirnameCommand: CustomCommand = defineCommand('dirname', async (args) => {
  const { parsed, error } = parseOptions('dirname', args, { flags: 'z', long: { zero: 'z' } });
  if (error) return error;
  if (parsed.operands.length === 0) return usageError('dirname', 'missing operand');
  const end = parsed.flags.has('z') ? '\0' : '\n';
  return { stdout: parsed.operands.map((n) => dirName(n) + end).join(''), stderr: '', exitCode: 0 };
});
