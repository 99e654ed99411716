// Checks: a file's text contains (or no longer contains) a pattern.
import type { Check, GradeState } from '../types';

export interface FileContainsOptions {
  id: string;
  label: string;
  path: string;
  pattern: RegExp | string;
  /** The failure message (the file's absence has its own message). */
  message: string;
}

export interface FileNotContainsOptions extends Omit<FileContainsOptions, 'message'> {
  /** The failure message; receives the offending text found in the file. */
  message: (found: string) => string;
}

function find(text: string, pattern: RegExp | string): string | null {
  if (typeof pattern === 'string') return text.includes(pattern) ? pattern : null;
  const match = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(text);
  return match ? match[0] : null;
}

function missing(state: GradeState, path: string) {
  return { pass: false as const, message: `\`${state.displayPath(path)}\` does not exist.` };
}

export function fileContains({ id, label, path, pattern, message }: FileContainsOptions): Check {
  return {
    id,
    label,
    run(state) {
      const text = state.readFile(path);
      if (text === null) return missing(state, path);
      return find(text, pattern) === null ? { pass: false, message } : { pass: true };
    },
  };
}

export function fileNotContains({ id, label, path, pattern, message }: FileNotContainsOptions): Check {
  return {
    id,
    label,
    run(state) {
      const text = state.readFile(path);
      if (text === null) return missing(state, path);
      const found = find(text, pattern);
      return found === null ? { pass: true } : { pass: false, message: message(found) };
    },
  };
}
