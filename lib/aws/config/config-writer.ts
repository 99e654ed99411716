// Writes settings into the shared files exactly like the CLI's ConfigFileWriter: `key = value`,
// new sections appended without a blank line, other lines (comments included) left as they are.
import type { AwsFileSystem } from '../types';
import { generalError } from '../cli/errors';
import { dirname } from './paths';
import { readLinesUniversal } from './python-text';

/** A value to write: text, or a nested block (`s3 =` with indented `key = value` lines). */
export type WriteValue = string | Map<string, string>;

const SECTION = /^\s*\[([^\]]+)\]/;
const OPTION = /([^:=][^:=]*)\s*([:=])\s*(.*)\n?$/;

function matchesSection(line: string, section: string): boolean {
  const match = SECTION.exec(line);
  if (!match) return false;
  if (match[0] === `[${section}]`) return true;
  const parts = section.split(' ');
  return parts.length > 1 && match[0] === `[${parts[0]} "${parts.slice(1).join(' ')}"]`;
}

function renderValues(values: Map<string, WriteValue>, indent = ''): string {
  let out = '';
  for (const [key, value] of values) {
    if (value instanceof Map) {
      out += `${indent}${key} =\n`;
      for (const [subKey, subValue] of value) out += `${indent}    ${subKey} = ${subValue}\n`;
    } else out += `${indent}${key} = ${value}\n`;
  }
  values.clear();
  return out;
}

/** Python's list.insert: an index past the end appends. */
function insertAt(lines: string[], index: number, text: string): void {
  lines.splice(Math.min(index, lines.length), 0, text);
}

function indentOf(option: string): number {
  return option.length - option.trimStart().length;
}

function updateSubattributes(
  lines: string[],
  index: number,
  values: Map<string, string>,
  startIndent: number,
): void {
  let current = startIndent;
  let i = index + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const match = OPTION.exec(line);
    if (match) {
      current = indentOf(match[1]!);
      const key = match[1]!.trim();
      if (values.has(key)) {
        lines[i] = `${' '.repeat(current)}${key} = ${values.get(key)}\n`;
        values.delete(key);
      }
    }
    if (startIndent === current || SECTION.test(line)) {
      insertAt(lines, i, renderValues(new Map(values), '    '));
      return;
    }
  }
  if (startIndent !== current) insertAt(lines, i, renderValues(new Map(values), '    '));
}

/** Returns false when the section is not in the file. */
function updateSection(lines: string[], section: string, values: Map<string, WriteValue>): boolean {
  const start = lines.findIndex((line) => {
    const trimmed = line.trim();
    return !trimmed.startsWith('#') && !trimmed.startsWith(';') && matchesSection(line, section);
  });
  if (start < 0) return false;
  let lastMatching = start;
  for (let j = start + 1; j < lines.length; j++) {
    const line = lines[j]!;
    if (SECTION.test(line)) {
      insertAt(lines, lastMatching + 1, renderValues(values));
      return true;
    }
    const match = OPTION.exec(line);
    if (!match) continue;
    lastMatching = j;
    const key = match[1]!.trim();
    const value = values.get(key);
    if (value === undefined) continue;
    if (value instanceof Map) {
      values.delete(key);
      updateSubattributes(lines, j, value, indentOf(match[1]!));
      return true;
    }
    lines[j] = `${key} = ${value}\n`;
    values.delete(key);
  }
  if (values.size > 0) {
    if (!lines[lines.length - 1]!.endsWith('\n')) lines.push('\n');
    insertAt(lines, lastMatching + 2, renderValues(values));
  }
  return true;
}

/**
 * Updates `section` of the file at `path` (absolute) with `values`, creating the file (mode 0600)
 * and its directory when missing; `shownPath` is the path as the CLI would name it in errors.
 */
export async function updateConfigFile(
  fs: AwsFileSystem,
  path: string,
  section: string,
  newValues: Map<string, WriteValue>,
  shownPath = path,
): Promise<void> {
  const values = new Map(newValues);
  const existing = await fs.readFile(path);
  if (existing === null) {
    // Python's os.makedirs(dirname): '' for a bare relative name, EEXIST when a file is in the way.
    const shownDir = dirname(shownPath);
    if (shownDir === '') throw generalError("[Errno 2] No such file or directory: ''");
    const dir = dirname(path);
    if ((await fs.readFile(dir)) !== null) throw generalError(`[Errno 17] File exists: '${shownDir}'`);
    if (!(await fs.exists(dir))) await fs.mkdirp(dir, 0o755);
    // Then os.open() on a directory.
    if (await fs.exists(path)) throw generalError(`[Errno 21] Is a directory: '${shownPath}'`);
    await fs.writeFile(path, `[${section}]\n${renderValues(values)}`, 0o600);
    return;
  }
  const lines = readLinesUniversal(existing);
  if (lines.length > 0 && updateSection(lines, section, values)) {
    await fs.writeFile(path, lines.join(''));
    return;
  }
  // Appending keeps the original bytes (Python opens the file in 'a' mode).
  const needsNewline = existing.length > 0 && !existing.endsWith('\n');
  await fs.writeFile(path, `${existing}${needsNewline ? '\n' : ''}[${section}]\n${renderValues(values)}`);
}
