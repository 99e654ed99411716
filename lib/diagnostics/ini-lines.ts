// Reads an AWS shared file line by line the way the CLI's parser (Python configparser, strict) does.

/** One classified line. Columns are 0-based offsets into the line's text. */
export type IniLine =
  | { kind: 'blank' | 'comment' | 'continuation'; line: number; text: string }
  | { kind: 'section'; line: number; text: string; name: string; start: number; end: number }
  | {
      kind: 'key';
      line: number;
      text: string;
      /** Lower-cased, as the CLI sees it. */
      key: string;
      keyStart: number;
      keyEnd: number;
      value: string;
      valueStart: number;
      /** The section the key belongs to, or null when it comes before any section. */
      section: string | null;
    }
  | { kind: 'invalid'; line: number; text: string };

/** Splits a shared file into classified lines (1-based line numbers). */
export function readIniLines(content: string): IniLine[] {
  const result: IniLine[] = [];
  let section: string | null = null;
  let inValue = false;
  let keyIndent = 0;
  content.split(/\r?\n/).forEach((text, index) => {
    const line = index + 1;
    const stripped = text.trim();
    const indent = text.length - text.trimStart().length;
    if (stripped === '') {
      result.push({ kind: 'blank', line, text });
      return;
    }
    if (stripped.startsWith('#') || stripped.startsWith(';')) {
      result.push({ kind: 'comment', line, text });
      return;
    }
    if (inValue && indent > keyIndent) {
      result.push({ kind: 'continuation', line, text });
      return;
    }
    // configparser matches `\[(.+)\]` against the stripped line.
    const header = /^\[(.+)\]/.exec(stripped);
    if (header?.[1] !== undefined) {
      section = header[1];
      inValue = false;
      const start = text.indexOf('[');
      result.push({ kind: 'section', line, text, name: section, start, end: start + header[0].length });
      return;
    }
    const option = /^(.*?)\s*([=:])\s*(.*)$/.exec(stripped);
    if (!option || option[1] === undefined || option[1].trim() === '') {
      inValue = false;
      result.push({ kind: 'invalid', line, text });
      return;
    }
    const rawKey = option[1];
    const value = option[3] ?? '';
    const keyStart = indent;
    const delimiter = text.indexOf(option[2] ?? '=', keyStart + rawKey.length);
    const valueStart = value === '' ? text.length : text.indexOf(value, delimiter + 1);
    inValue = true;
    keyIndent = indent;
    result.push({
      kind: 'key',
      line,
      text,
      key: rawKey.toLowerCase(),
      keyStart,
      keyEnd: keyStart + rawKey.length,
      value,
      valueStart,
      section,
    });
  });
  return result;
}
