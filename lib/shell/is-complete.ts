// Decides whether typed input is a complete command or still needs lines (PS2), using just-bash's parser.
import type { ScriptNode } from 'just-bash';
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

/** For each character of a line: is it inside an arithmetic `(( … ))` or `$(( … ))`, where `<<` shifts? */
function arithmeticMask(line: string, quoted: boolean[]): boolean[] {
  const mask: boolean[] = [];
  // Open `((` regions, and plain parentheses inside the innermost one.
  let depth = 0;
  let parens = 0;
  for (let i = 0; i < line.length; i++) {
    const inside = depth > 0;
    if (!quoted[i]) {
      if (line.startsWith('((', i) && depth === 0) {
        depth = 1;
        mask.push(true, true);
        i++;
        continue;
      }
      if (line[i] === '(' && inside) parens++;
      else if (line[i] === ')' && inside) {
        if (parens > 0) parens--;
        else if (line[i + 1] === ')') {
          depth = 0;
          mask.push(true, true);
          i++;
          continue;
        }
      }
    }
    mask.push(inside);
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
    const arithmetic = arithmeticMask(line, mask);
    for (const match of line.matchAll(/<<(-?)[ \t]*(?:'([^']*)'|"([^"]*)"|\\?([^\s;&|<>()'"]+))/g)) {
      const at = match.index;
      if (mask[at] || arithmetic[at] || line[at - 1] === '<' || line[at + 2] === '<') continue;
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
 * The token bash names when it refuses the whole input: a control operator where a command must be
 * (`a && && b`, `&& b`, `a | | b`, which just-bash's parser lets through), or the token just-bash's parser
 * stops at (`if then`, a stray `)`). Null when the input parses or only stops early.
 */
export function unexpectedToken(input: string): string | null {
  const failure = parseFailure(input);
  return controlOperatorOutOfPlace(input) ?? (failure?.incomplete === false ? (failure.token ?? null) : null);
}

/** A control operator where a command must be. */
function controlOperatorOutOfPlace(input: string): string | null {
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

/** Why an input does not parse. */
export interface ParseFailure {
  /** It stops mid-command (an open quote, `if` without `fi`): more lines could complete it. */
  incomplete: boolean;
  /** just-bash's message. */
  message: string;
  /** The token of `syntax error near unexpected token `X'`, when that is the error. */
  token?: string;
}

/** Why the input does not parse; null when it parses. */
export function parseFailure(input: string): ParseFailure | null {
  if (scan(input).pending) return { incomplete: true, message: 'here-document without its delimiter line' };
  let ast: ScriptNode;
  let message: string;
  try {
    ast = parseScript(input);
    // just-bash parses a stray `)` or `}` and throws only when that statement runs; bash refuses the line.
    const deferred = ast.statements.find((statement) => statement.deferredError)?.deferredError;
    if (!deferred) return null;
    message = deferred.message;
  } catch (error) {
    message = (error as Error).message ?? '';
    if (endsAtEof(input, message)) return { incomplete: true, message };
  }
  const token = /syntax error near unexpected token `(.*)'/.exec(message)?.[1];
  return token === undefined ? { incomplete: false, message } : { incomplete: false, message, token };
}

/** False for open quotes, here-docs awaiting their delimiter, `if` without `fi`, trailing `\`, `|`, `&&`, `||`. */
export function isComplete(input: string): boolean {
  const { code, pending } = scan(input);
  if (pending) return false;
  const failure = parseFailure(input);
  if (failure) return !failure.incomplete;
  return !danglingOperator(code);
}
