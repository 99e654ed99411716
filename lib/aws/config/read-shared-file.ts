// The one reader of ~/.aws/config and ~/.aws/credentials: every line classified with its position, the
// sections botocore builds, and every problem that makes the CLI refuse the file. Python's RawConfigParser
// (strict, `=`/`:` delimiters, `#`/`;` full-line comments, indented continuation lines, universal newlines,
// a [DEFAULT] section merged into every section, lower-cased keys) plus botocore's nested `s3 =` blocks.
import { isPySpace, pyRstrip, pySplitLines, pyStrip, readLinesUniversal } from './python-text';

/** A value: plain text, or a nested sub-section (`s3 =` followed by indented `key = value` lines). */
export type SharedFileValue = string | Map<string, string>;

/** One section: keys (lower-cased) in file order. */
export type SharedFileSection = Map<string, SharedFileValue>;

/** Why the CLI refuses a file; the CLI itself only says "Unable to parse config file: <path>". */
export interface SharedFileParseError {
  /** 1-based line of the problem (Python's universal newlines: `\r\n`, `\n` and a lone `\r` end a line). */
  line?: number;
  /** 0-based columns of the offending text in that line (end exclusive). */
  start?: number;
  end?: number;
  kind:
    | 'missing-section-header'
    | 'line-without-delimiter'
    | 'empty-key'
    | 'duplicate-section'
    | 'duplicate-key'
    | 'bad-nested-value'
    | 'not-text';
  /** For duplicates: the line where the section or key first appeared. */
  firstLine?: number;
  /** The section header or (lower-cased) key concerned, when there is one. */
  name?: string;
  message: string;
}

/** One physical line as the CLI's parser classifies it. Columns are 0-based offsets into `text`. */
export type SharedFileLine =
  | { kind: 'blank' | 'comment'; line: number; text: string }
  | {
      kind: 'section';
      line: number;
      text: string;
      /** The header between the brackets, exactly as the CLI reads it (everything up to the last `]`). */
      header: string;
      start: number;
      /** Just after the closing `]`; anything after it on the line is ignored by the CLI. */
      end: number;
    }
  | {
      kind: 'key';
      line: number;
      text: string;
      /** Lower-cased, as the CLI sees it. */
      key: string;
      keyStart: number;
      keyEnd: number;
      /** The value on this line (continuation lines add to it). */
      value: string;
      valueStart: number;
      /** The section header it belongs to (`DEFAULT` included), or null before any section. */
      section: string | null;
    }
  | {
      kind: 'continuation';
      line: number;
      text: string;
      /** The key whose value this indented line continues, and that key's line. */
      key: string;
      keyLine: number;
      /** The key's value on its own line (empty for a nested block such as `s3 =`). */
      keyValue: string;
      start: number;
    }
  | { kind: 'invalid'; line: number; text: string; start: number };

/** Everything the reader learns from one file. */
export interface SharedFileReading {
  lines: SharedFileLine[];
  /** Every problem that makes the CLI refuse the file, in file order; empty when the CLI reads it. */
  errors: SharedFileParseError[];
  /** The error botocore stops at (configparser raises some at once and collects others). */
  cliError: SharedFileParseError | null;
  /** Sections by header as botocore builds them ([DEFAULT] merged in); empty when `cliError` is set. */
  sections: Map<string, SharedFileSection>;
}

const SECTION_HEADER = /^\[(.+)\]/s;
const OPTION_LINE = /^(.*?)\s*([=:])\s*(.*)$/s;
const DEFAULT_SECTION = 'DEFAULT';
/** configparser raises these at once; the others it collects and raises at the end. */
const FATAL: ReadonlySet<SharedFileParseError['kind']> = new Set([
  'missing-section-header',
  'duplicate-section',
  'duplicate-key',
]);

type Part = { text: string; line: number };
type RawSection = Map<string, Part[]>;

function firstNonSpace(line: string): number {
  for (let i = 0; i < line.length; i++) if (!isPySpace(line[i]!)) return i;
  return 0;
}

/** Reads one shared file's text the way botocore does. Never throws. */
export function readSharedFile(text: string): SharedFileReading {
  const lines: SharedFileLine[] = [];
  const errors: SharedFileParseError[] = [];
  const sections = new Map<string, RawSection>();
  const defaults: RawSection = new Map();
  const sectionLines = new Map<string, number>();
  const keyLines = new Map<string, number>();
  let current: RawSection | null = null;
  let sectionName: string | null = null;
  /** Where duplicate keys are looked for: the section, or a fresh scope for a repeated section. */
  let scope = '';
  let option: { key: string; line: number; value: string } | null = null;
  let indentLevel = 0;
  const problem = (error: Omit<SharedFileParseError, 'message'>, words: string) =>
    errors.push({ ...error, message: `line ${error.line}: ${words}` });

  readLinesUniversal(text).forEach((raw, index) => {
    const line = index + 1;
    const textOfLine = raw.endsWith('\n') ? raw.slice(0, -1) : raw;
    const replacement = textOfLine.indexOf('\uFFFD');
    if (replacement >= 0) {
      // Python decodes the file as UTF-8; undecodable bytes arrive here as U+FFFD.
      problem(
        { line, start: replacement, end: replacement + 1, kind: 'not-text' },
        'the file is not valid UTF-8 text',
      );
    }
    const stripped = pyStrip(textOfLine);
    if (stripped.startsWith('#') || stripped.startsWith(';')) {
      lines.push({ kind: 'comment', line, text: textOfLine });
      return;
    }
    if (!stripped) {
      // Blank lines (not comments) become part of a multi-line value.
      if (current && option) current.get(option.key)?.push({ text: '', line });
      lines.push({ kind: 'blank', line, text: textOfLine });
      return;
    }
    const indent = firstNonSpace(textOfLine);
    if (current && option && indent > indentLevel) {
      current.get(option.key)!.push({ text: stripped, line });
      lines.push({
        kind: 'continuation',
        line,
        text: textOfLine,
        key: option.key,
        keyLine: option.line,
        keyValue: option.value,
        start: indent,
      });
      return;
    }
    indentLevel = indent;
    const header = SECTION_HEADER.exec(stripped);
    if (header) {
      const name = header[1]!;
      lines.push({
        kind: 'section',
        line,
        text: textOfLine,
        header: name,
        start: indent,
        end: indent + header[0].length,
      });
      sectionName = name;
      option = null;
      const first = sectionLines.get(name);
      if (first !== undefined && name !== DEFAULT_SECTION) {
        problem(
          {
            line,
            start: indent,
            end: indent + header[0].length,
            kind: 'duplicate-section',
            firstLine: first,
            name,
          },
          `section [${name}] appears twice`,
        );
        current = new Map(); // read on, but do not report its keys as duplicates too
        scope = `\u0000${line}`;
        return;
      }
      if (first === undefined) sectionLines.set(name, line);
      scope = name;
      if (name === DEFAULT_SECTION) current = defaults;
      else sections.set(name, (current = new Map()));
      return;
    }
    if (!current) {
      lines.push({ kind: 'invalid', line, text: textOfLine, start: indent });
      problem(
        { line, start: indent, end: textOfLine.length, kind: 'missing-section-header' },
        'a setting appears before any [section] header',
      );
      return;
    }
    const match = OPTION_LINE.exec(stripped);
    if (!match) {
      lines.push({ kind: 'invalid', line, text: textOfLine, start: indent });
      problem(
        { line, start: indent, end: textOfLine.length, kind: 'line-without-delimiter' },
        'it is neither a [section], a key = value pair nor a comment',
      );
      return;
    }
    const rawKey = match[1]!;
    const key = pyRstrip(rawKey).toLowerCase();
    const value = pyStrip(match[3]!);
    const valueStart = indent + stripped.length - match[3]!.length;
    lines.push({
      kind: 'key',
      line,
      text: textOfLine,
      key,
      keyStart: indent,
      keyEnd: indent + pyRstrip(rawKey).length,
      value,
      valueStart,
      section: sectionName,
    });
    if (!rawKey) {
      problem(
        { line, start: indent, end: indent + 1, kind: 'empty-key' },
        `it has no key before '${match[2]}'`,
      );
    }
    const seen = `${scope}\u0000${key}`;
    const first = keyLines.get(seen);
    if (first !== undefined) {
      problem(
        {
          line,
          start: indent,
          end: indent + pyRstrip(rawKey).length,
          kind: 'duplicate-key',
          firstLine: first,
          name: key,
        },
        `key '${key}' appears twice in [${sectionName}]`,
      );
    } else keyLines.set(seen, line);
    option = { key, line, value };
    current.set(key, [{ text: value, line }]);
  });

  errors.push(...nestedErrors(sections, defaults));
  errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const cliError = errors.find((e) => FATAL.has(e.kind)) ?? errors[0] ?? null;
  return { lines, errors, cliError, sections: cliError ? new Map() : finish(sections, defaults) };
}

function merged(options: RawSection, defaults: RawSection): RawSection {
  const all = new Map(options);
  for (const [key, value] of defaults) if (!all.has(key)) all.set(key, value);
  return all;
}

/** Joins a value's lines like configparser (trailing blank lines dropped). */
function joined(parts: Part[]): string {
  return pyRstrip(parts.map((p) => p.text).join('\n'));
}

/** botocore parses a value that starts with a newline as `key = value` lines; one without `=` fails. */
function nestedErrors(sections: Map<string, RawSection>, defaults: RawSection): SharedFileParseError[] {
  const found = new Map<number, SharedFileParseError>();
  for (const [name, options] of sections) {
    for (const [key, parts] of merged(options, defaults)) {
      if (!joined(parts).startsWith('\n')) continue;
      const bad = parts.find((p) => pySplitLines(p.text).some((l) => pyStrip(l) !== '' && !l.includes('=')));
      if (bad && !found.has(bad.line)) {
        found.set(bad.line, {
          line: bad.line,
          kind: 'bad-nested-value',
          name: key,
          message: `line ${bad.line}: the nested value of '${key}' in [${name}] has a line without '='`,
        });
      }
    }
  }
  return [...found.values()];
}

function finish(sections: Map<string, RawSection>, defaults: RawSection): Map<string, SharedFileSection> {
  const result = new Map<string, SharedFileSection>();
  for (const [name, options] of sections) {
    const section: SharedFileSection = new Map();
    for (const [key, parts] of merged(options, defaults)) {
      const value = joined(parts);
      section.set(key, value.startsWith('\n') ? parseNested(value) : value);
    }
    result.set(name, section);
  }
  return result;
}

function parseNested(value: string): Map<string, string> {
  const nested = new Map<string, string>();
  for (const line of pySplitLines(value)) {
    const at = line.indexOf('=');
    if (at >= 0) nested.set(pyStrip(line.slice(0, at)), pyStrip(line.slice(at + 1)));
  }
  return nested;
}
