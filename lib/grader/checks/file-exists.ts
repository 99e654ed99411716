// Check: a regular file exists at a path.
import type { Check } from '../types';

export interface FileExistsOptions {
  id: string;
  label: string;
  path: string;
}

export function fileExists({ id, label, path }: FileExistsOptions): Check {
  return {
    id,
    label,
    run(state) {
      const kind = state.kindOf(path);
      const shown = state.displayPath(path);
      if (kind === 'file') return { pass: true };
      if (kind === 'directory')
        return { pass: false, message: `\`${shown}\` is a directory; a file is expected here.` };
      return { pass: false, message: `\`${shown}\` does not exist yet.` };
    },
  };
}
