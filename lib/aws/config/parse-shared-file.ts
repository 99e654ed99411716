// Parses ~/.aws/config and ~/.aws/credentials the way botocore does: Python's RawConfigParser
// (strict, `=`/`:` delimiters, `#`/`;` full-line comments, indented continuation lines, a [DEFAULT]
// section merged into every section, lower-cased keys) plus botocore's nested `s3 =` sub-sections.
import { isPySpace, pyRstrip, pySplitLines, pyStrip, readLinesUniversal } from './python-text';

/** A value: plain text, or a nested sub-section (`s3 =` followed by indented `key = value` lines). */
export type SharedFileValue = string | Map<string, string>;

/** One section: keys (lower-cased) in file order. */
export type SharedFileSection = Map<string, SharedFileValue>;

/** Why a file could not be parsed; the CLI itself only says "Unable to parse config file: <path>". */
export interface SharedFileParseError {
  /** 1-based line number of the first problem, when the problem is tied to a line. */
  line?: number;
  kind:
    | 'missing-section-header'
    | 'line-without-delimiter'
    | 'empty-key'
    | 'duplicate-section'
    | 'duplicate-key'
    | 'bad-nested-value'
    | 'not-text';
  message: string;
}

export type SharedFileParseResult =
  { ok: true; sections: Map<string, SharedFileSection> } | { ok: false; error: SharedFileParseError };

const SECTION_HEADER = /^\[(.+)\]/;
const OPTION_LINE = /^(.*?)\s*([=:])\s*(.*)$/;
const DEFAULT_SECTION = 'DEFAULT';

function firstNonSpace(line: string): number {
  for (let i = 0; i < line.length; i++) if (!isPySpace(line[i]!)) return i;
  return 0;
}

/** Parses one shared file's text into its sections, or says why botocore would refuse it. */
export function parseSharedFile(text: string): SharedFileParseResult {
  // Python decodes the file as UTF-8; undecodable bytes arrive here as U+FFFD.
  if (text.includes('\uFFFD')) {
    return { ok: false, error: { kind: 'not-text', message: 'the file is not valid UTF-8 text' } };
  }
  const sections = new Map<string, Map<string, string[]>>();
  const defaults = new Map<string, string[]>();
  const added = new Set<string>();
  let current: Map<string, string[]> | null = null;
  let sectionName: string | null = null;
  let option: string | null = null;
  let indentLevel = 0;
  let firstError: SharedFileParseError | null = null;

  const lines = readLinesUniversal(text);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const lineNo = index + 1;
    const stripped = pyStrip(line);
    const isComment = stripped.startsWith('#') || stripped.startsWith(';');
    const value = isComment ? '' : stripped;
    if (!value) {
      // Blank lines (not comments) become part of a multi-line value.
      if (!isComment && current && option) current.get(option)?.push('');
      continue;
    }
    const indent = firstNonSpace(line);
    if (current && option && indent > indentLevel) {
      current.get(option)!.push(value);
      continue;
    }
    indentLevel = indent;
    const header = SECTION_HEADER.exec(value);
    if (header) {
      sectionName = header[1]!;
      if (sections.has(sectionName)) {
        if (added.has(`s:${sectionName}`)) {
          return fail(lineNo, 'duplicate-section', `section [${sectionName}] appears twice`);
        }
        current = sections.get(sectionName)!;
      } else if (sectionName === DEFAULT_SECTION) {
        current = defaults;
      } else {
        current = new Map();
        sections.set(sectionName, current);
      }
      added.add(`s:${sectionName}`);
      option = null;
      continue;
    }
    if (!current) {
      return fail(lineNo, 'missing-section-header', 'a setting appears before any [section] header');
    }
    const match = OPTION_LINE.exec(value);
    if (!match) {
      firstError ??= {
        line: lineNo,
        kind: 'line-without-delimiter',
        message: `line ${lineNo} is neither a [section], a key = value pair nor a comment`,
      };
      continue;
    }
    if (!match[1]) {
      firstError ??= {
        line: lineNo,
        kind: 'empty-key',
        message: `line ${lineNo} has no key before '${match[2]}'`,
      };
    }
    option = pyRstrip(match[1]!).toLowerCase();
    const key = `o:${sectionName}\u0000${option}`;
    if (added.has(key)) {
      return fail(lineNo, 'duplicate-key', `key '${option}' appears twice in [${sectionName}]`);
    }
    added.add(key);
    current.set(option, [pyStrip(match[3]!)]);
  }
  if (firstError) return { ok: false, error: firstError };
  return finish(sections, defaults);
}

function fail(line: number, kind: SharedFileParseError['kind'], message: string): SharedFileParseResult {
  return { ok: false, error: { line, kind, message: `line ${line}: ${message}` } };
}

function finish(
  sections: Map<string, Map<string, string[]>>,
  defaults: Map<string, string[]>,
): SharedFileParseResult {
  const result = new Map<string, SharedFileSection>();
  for (const [name, options] of sections) {
    const merged = new Map<string, string[]>(options);
    for (const [key, value] of defaults) if (!merged.has(key)) merged.set(key, value);
    const section: SharedFileSection = new Map();
    for (const [key, parts] of merged) {
      const joined = pyRstrip(parts.join('\n'));
      if (joined.startsWith('\n')) {
        const nested = parseNested(joined);
        if (!nested) {
          return {
            ok: false,
            error: {
              kind: 'bad-nested-value',
              message: `the nested value of '${key}' in [${name}] has a line without '='`,
            },
          };
        }
        section.set(key, nested);
      } else {
        section.set(key, joined);
      }
    }
    result.set(name, section);
  }
  return { ok: true, sections: result };
}

function parseNested(value: string): Map<string, string> | null {
  const nested = new Map<string, string>();
  for (const raw of pySplitLines(value)) {
    const line = pyStrip(raw);
    if (!line) continue;
    const at = line.indexOf('=');
    if (at < 0) return null;
    nested.set(pyStrip(line.slice(0, at)), pyStrip(line.slice(at + 1)));
  }
  return nested;
}
