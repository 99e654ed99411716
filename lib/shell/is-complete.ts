// Decides whether typed input is a complete command or still needs lines (PS2), using just-bash's parser.
import { parse } from 'just-bash';

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

/** Here-doc delimiters opened on a line that is not inside a here-doc body, still waiting for their line. */
function pendingHereDoc(input: string): boolean {
  const pending: { delimiter: string; strip: boolean }[] = [];
  for (const line of input.split('\n')) {
    const current = pending[0];
    if (current) {
      if ((current.strip ? line.replace(/^\t+/, '') : line) === current.delimiter) pending.shift();
      continue;
    }
    const code = line.replace(/'[^']*'|"(?:[^"\\]|\\.)*"/g, '""');
    for (const match of code.matchAll(/<<(-?)\s*(?:(['"])(.*?)\2|\\?([^\s;&|<>()'"]+))/g)) {
      if (code[match.index - 1] === '<') continue; // `<<<` here-string
      pending.push({ delimiter: match[3] ?? match[4] ?? '', strip: match[1] === '-' });
    }
  }
  return pending.length > 0;
}

/** True when the input ends mid-command (`|`, `&&`, `||`, or a line-continuation backslash). */
function danglingOperator(input: string): boolean {
  const trimmed = input.replace(/[ \t]+$/, '');
  if (/(^|[^\\])(\\\\)*\\$/.test(trimmed)) return true;
  const lastLine = trimmed.split('\n').pop() ?? '';
  if (/^\s*#/.test(lastLine)) return false;
  if (/#[^'"\n]*$/.test(lastLine) && /(^|\s)#/.test(lastLine)) return false;
  return /(^|[^\\])(\|\||&&|\|)\s*$/.test(trimmed);
}

/** False for open quotes, here-docs awaiting their delimiter, `if` without `fi`, trailing `\`, `|`, `&&`, `||`. */
export function isComplete(input: string): boolean {
  try {
    parse(input);
  } catch (error) {
    return !endsAtEof(input, (error as Error).message ?? '');
  }
  return !pendingHereDoc(input) && !danglingOperator(input);
}
