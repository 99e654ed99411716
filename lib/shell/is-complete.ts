// Decides whether typed input is a complete command or still needs lines (PS2), using just-bash's parser.
import { parseScript } from './parser';

/** Line/column of a ParseException (`Parse error at 1:14: ...`). */
function errorPosition(message: string): { line: number; column: number } | null {
  const match = /at (\d+):(\d+)/.exec(message);
  return match ? { line: Number(match[1]), column: Number(match[2]) } : null;
}

function endsAtEof(input: string, message: string): boolean {
  if (/unexpected EOF|got EOF|end of file/i.test(message)) return true;
  const pos = errorPosition(message);
  if (!pos) return false;
  const lines = input.replace(/\s+$/, '').split('\n');
  // The parser complains about the token after the last one (`fi` expected): the input just stops early.
  return (
    pos.line > lines.length ||
    (pos.line === lines.length && pos.column > (lines[lines.length - 1] ?? '').length)
  );
}

/** A here-doc still waiting for its delimiter line. */
export interface PendingHereDoc {
  delimiter: string;
  /** 1-based line of the `<<` operator. */
  line: number;
}

interface Scan {
  /** The command lines (here-doc bodies left out), quoted text replaced by `""`. */
  code: string;
  pending: PendingHereDoc | null;
}

/** For each character of a line: is it inside single or double quotes (or escaped)? */
function quotedMask(line: string): boolean[] {
  const mask: boolean[] = [];
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote === null && c === '\\') {
      mask.push(true, true);
      i++;
      continue;
    }
    if (quote === null && (c === "'" || c === '"')) {
      quote = c;
      mask.push(false);
      continue;
    }
    if (quote === '"' && c === '\\') {
      mask.push(true, true);
      i++;
      continue;
    }
    if (quote !== null && c === quote) {
      quote = null;
      mask.push(false);
      continue;
    }
    mask.push(quote !== null);
  }
  return mask;
}

/** Walks the input once: separates code from here-doc bodies. */
function scan(input: string): Scan {
  const pending: (PendingHereDoc & { strip: boolean })[] = [];
  const code: string[] = [];
  input.split('\n').forEach((line, index) => {
    const current = pending[0];
    if (current) {
      if ((current.strip ? line.replace(/^\t+/, '') : line) === current.delimiter) pending.shift();
      return;
    }
    // Quoted text and backslash-escaped characters (`find ... \; | sort`) are words, never operators.
    code.push(line.replace(/'[^']*'|"(?:[^"\\]|\\.)*"|\\[^\n]/g, '""'));
    const mask = quotedMask(line);
    for (const match of line.matchAll(/<<(-?)[ \t]*(?:'([^']*)'|"([^"]*)"|\\?([^\s;&|<>()'"]+))/g)) {
      if (mask[match.index] || line[match.index - 1] === '<' || line[match.index + 2] === '<') continue;
      const delimiter = match[2] ?? match[3] ?? match[4] ?? '';
      pending.push({ delimiter, strip: match[1] === '-', line: index + 1 });
    }
  });
  const first = pending[0];
  return { code: code.join('\n'), pending: first ? { delimiter: first.delimiter, line: first.line } : null };
}

/** The first here-doc of the input whose delimiter line never came. */
export function pendingHereDoc(input: string): PendingHereDoc | null {
  return scan(input).pending;
}

/** True when the input ends mid-command (`|`, `&&`, `||`, or a line-continuation backslash). */
function danglingOperator(code: string): boolean {
  const trimmed = code.replace(/\s+$/, '');
  if (/(^|[^\\])(\\\\)*\\$/.test(trimmed)) return true;
  const lastLine = trimmed.split('\n').pop() ?? '';
  if (/(^|\s)#/.test(lastLine)) return false;
  return /(^|[^\\|])(\|\||&&|\|)$/.test(trimmed);
}

/**
 * A control operator where a command must be (`a && && b`, `&& b`, `a | | b`): bash refuses the whole
 * input, just-bash's parser lets it through. Returns the unexpected token.
 */
export function unexpectedToken(input: string): string | null {
  const { code } = scan(input);
  const uncommented = code
    .split('\n')
    .map((l) => l.replace(/(^|\s)#.*$/, '$1'))
    .join('\n');
  let expectCommand = true;
  for (const token of uncommented.split(/(\|\||&&|;;|\|&|\||;|\n)/)) {
    if (token === '&&' || token === '||' || token === '|' || token === '|&') {
      if (expectCommand) return token;
      expectCommand = true;
    } else if (token === '\n' || token === ';' || token === ';;') {
      expectCommand = true;
    } else if (token.trim() !== '') expectCommand = false;
  }
  return null;
}

/** False for open quotes, here-docs awaiting their delimiter, `if` without `fi`, trailing `\`, `|`, `&&`, `||`. */
export function isComplete(input: string): boolean {
  const { code, pending } = scan(input);
  if (pending) return false;
  try {
    parseScript(input);
  } catch (error) {
    return !endsAtEof(input, (error as Error).message ?? '');
  }
  return !danglingOperator(code);
}
