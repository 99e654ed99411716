// Check: a file has exactly the expected permission bits (e.g. 600 for ~/.aws/credentials).
import type { Check } from '../types';

export interface FileModeOptions {
  id: string;
  label: string;
  path: string;
  /** Permission bits, e.g. 0o600. */
  mode: number;
}

/** `rw-r--r--` for 0o644. */
export function symbolicMode(mode: number): string {
  const chars = 'rwxrwxrwx';
  let out = '';
  for (let bit = 8; bit >= 0; bit--) out += mode & (1 << bit) ? chars[8 - bit] : '-';
  return out;
}

/** What the extra bits let other users do, e.g. `: other users can read it`. */
function exposure(extra: number): string {
  const read = extra & 0o044;
  const write = extra & 0o022;
  if (read && write) return ': other users can read and change it';
  if (read) return ': other users can read it';
  if (write) return ': other users can change it';
  return '';
}

const octal = (mode: number) => (mode & 0o777).toString(8).padStart(3, '0');

export function fileMode({ id, label, path, mode }: FileModeOptions): Check {
  return {
    id,
    label,
    run(state) {
      const shown = state.displayPath(path);
      const actual = state.fileMode(path);
      if (actual === null) return { pass: false, message: `\`${shown}\` does not exist.` };
      if ((actual & 0o777) === (mode & 0o777)) return { pass: true };
      return {
        pass: false,
        message:
          `\`${shown}\` has mode ${octal(actual)} (\`${symbolicMode(actual)}\`)${exposure(actual & ~mode)}.` +
          ` Expected ${octal(mode)} (\`${symbolicMode(mode)}\`): \`chmod ${octal(mode)} ${shown}\`.`,
      };
    },
  };
}
