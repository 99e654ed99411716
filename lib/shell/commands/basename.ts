// GNU `basename`: last component (`/` stays `/`), optional SUFFIX, -a / -s for several names, -z.
import { defineCommand, type CustomCommand } from 'just-bash';
import { parseOptions, q, usageError } from './gnu';

/** The last component of a path as POSIX basename defines it. */
export function baseName(path: string): string {
  if (path === '') return '';
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

export const basenameCommand: CustomCommand = defineCommand('basename', async (args) => {
  const { parsed, error } = parseOptions('basename', args, {
    flags: 'az',
    values: 's',
    long: { multiple: 'a', suffix: 's', zero: 'z' },
    longValues: ['suffix'],
  });
  if (error) return error;
  const names = parsed.operands;
  if (names.length === 0) return usageError('basename', 'missing operand');
  let suffix = parsed.values.get('s')?.at(-1);
  let list = names;
  if (!parsed.flags.has('a') && suffix === undefined) {
    if (names.length > 2) return usageError('basename', `extra operand ${q(names[2] ?? '')}`);
    suffix = names[1];
    list = names.slice(0, 1);
  }
  const end = parsed.flags.has('z') ? '\0' : '\n';
  const strip = (base: string) =>
    suffix && base !== suffix && base.endsWith(suffix) ? base.slice(0, -suffix.length) : base;
  return { stdout: list.map((n) => strip(baseName(n)) + end).join(''), stderr: '', exitCode: 0 };
});
