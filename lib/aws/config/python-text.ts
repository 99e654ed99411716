// Python's string rules that botocore relies on: str.strip() whitespace, str.splitlines() and universal newlines.

/** Characters for which Python's `str.isspace()` is true (what `strip()` removes). */
const PY_WHITESPACE = new Set([
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\x1c',
  '\x1d',
  '\x1e',
  '\x1f',
  '\x85',
  '\xa0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
]);

export function isPySpace(ch: string): boolean {
  return PY_WHITESPACE.has(ch);
}

export function pyLstrip(text: string): string {
  let start = 0;
  while (start < text.length && isPySpace(text[start]!)) start++;
  return text.slice(start);
}

export function pyRstrip(text: string): string {
  let end = text.length;
  while (end > 0 && isPySpace(text[end - 1]!)) end--;
  return text.slice(0, end);
}

export function pyStrip(text: string): string {
  return pyRstrip(pyLstrip(text));
}

/** Python's text-mode reading: `\r\n` and lone `\r` become `\n`; lines keep their `\n`. */
export function readLinesUniversal(text: string): string[] {
  const normalised = text.replace(/\r\n?/g, '\n');
  // (No look-behind regex: older Safari versions lack it.)
  return normalised.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** Python's `str.splitlines()` (without keepends). */
export function pySplitLines(text: string): string[] {
  const parts = text.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/);
  if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** Python's `shlex.split(text)` (POSIX mode, no comments), or null when quotes do not close. */
export function shlexSplit(text: string): string[] | null {
  const words: string[] = [];
  let current = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote === "'") {
      if (ch === "'") quote = null;
      else current += ch;
    } else if (quote === '"') {
      if (ch === '"') quote = null;
      else if (ch === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\')) current += text[++i];
      else current += ch;
    } else if (ch === '\\') {
      if (i + 1 >= text.length) return null;
      current += text[++i];
      inWord = true;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (' \t\r\n'.includes(ch)) {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
    } else {
      current += ch;
      inWord = true;
    }
  }
  if (quote !== null) return null;
  if (inWord) words.push(current);
  return words;
}

/** Python's `shlex.quote` (used by the CLI for profile names with spaces). */
export function shlexQuote(text: string): string {
  if (text === '') return "''";
  if (!/[^\w@%+=:,./-]/.test(text)) return text;
  return `'${text.replace(/'/g, `'"'"'`)}'`;
}

/** Python's repr() of a string (single quotes unless the text holds only single quotes). */
export function pyRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return quote + out + quote;
}

/** Python's `json.dumps(value)` with its defaults: `", "` and `": "` separators, every non-ASCII character escaped. */
export function pyJsonDumps(value: unknown): string {
  const ascii = (json: string) =>
    json.replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (Array.isArray(value)) return `[${value.map(pyJsonDumps).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const members = Object.entries(value).map(([k, v]) => `${ascii(JSON.stringify(k))}: ${pyJsonDumps(v)}`);
    return `{${members.join(', ')}}`;
  }
  return ascii(JSON.stringify(value) ?? 'null');
}
