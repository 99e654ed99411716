// The terminal's scrollback as data: lines of styled spans, capped so huge outputs stay responsive.
import { parseAnsi, type SpanStyle, type StyledSpan } from './ansi';

/** What a line is, for styling: command echo, program output, error output, or a notice from the terminal. */
export type LogLineKind = 'command' | 'stdout' | 'stderr' | 'notice';

/** One rendered line of the scrollback. `id` is stable (a React key). */
export interface LogLine {
  id: number;
  kind: LogLineKind;
  spans: StyledSpan[];
}

/** The scrollback. `removed` counts lines dropped from the top; `open` means the last line has no newline yet. */
export interface OutputLog {
  lines: LogLine[];
  removed: number;
  nextId: number;
  open: boolean;
  /** SGR style still in effect at the end of the last output (colours span chunks, like a tty). */
  style: SpanStyle;
}

/** Caps that keep the DOM small. */
export interface LogLimits {
  /** Lines kept in the scrollback; older lines are dropped (and counted). */
  maxLines: number;
  /** Lines shown from one single output; the rest is replaced by one notice line. */
  maxChunkLines: number;
  /** Characters shown from one line. */
  maxLineLength: number;
}

export const defaultLogLimits: LogLimits = { maxLines: 2000, maxChunkLines: 1000, maxLineLength: 4000 };

export function emptyLog(): OutputLog {
  return { lines: [], removed: 0, nextId: 1, open: false, style: {} };
}

function spansLength(spans: StyledSpan[]): number {
  return spans.reduce((n, s) => n + s.text.length, 0);
}

function truncateSpans(spans: StyledSpan[], max: number): StyledSpan[] {
  const total = spansLength(spans);
  if (total <= max) return spans;
  const kept: StyledSpan[] = [];
  let left = max;
  for (const span of spans) {
    if (left <= 0) break;
    kept.push(span.text.length <= left ? span : { text: span.text.slice(0, left), style: span.style });
    left -= span.text.length;
  }
  kept.push({
    text: ` … [${(total - max).toLocaleString('en-US')} more characters not shown]`,
    style: { dim: true },
  });
  return kept;
}

function trimTop(log: OutputLog, limits: LogLimits): OutputLog {
  const excess = log.lines.length - limits.maxLines;
  if (excess <= 0) return log;
  return { ...log, lines: log.lines.slice(excess), removed: log.removed + excess };
}

/** Adds one complete line (e.g. the echoed command with its prompt). Closes any open line first. */
export function appendLine(
  log: OutputLog,
  kind: LogLineKind,
  spans: StyledSpan[],
  limits: LogLimits = defaultLogLimits,
): OutputLog {
  const line: LogLine = { id: log.nextId, kind, spans: truncateSpans(spans, limits.maxLineLength) };
  return trimTop({ ...log, lines: [...log.lines, line], nextId: log.nextId + 1, open: false }, limits);
}

/** Adds a plain notice line from the terminal itself (never parsed for escapes). */
export function appendNotice(log: OutputLog, text: string, limits: LogLimits = defaultLogLimits): OutputLog {
  return appendLine(log, 'notice', [{ text, style: {} }], limits);
}

/**
 * Adds program output. Text without a final newline leaves the line open, so the next text
 * (an echoed answer after a prompt) continues it. `\r` returns to the start of the line.
 */
export function appendOutput(
  log: OutputLog,
  text: string,
  kind: 'stdout' | 'stderr',
  limits: LogLimits = defaultLogLimits,
): OutputLog {
  if (text === '') return log;
  let rows = text.replace(/\r\n/g, '\n').split('\n');
  const endsOpen = rows[rows.length - 1] !== '';
  if (!endsOpen) rows = rows.slice(0, -1);
  let cutNotice: string | null = null;
  if (rows.length > limits.maxChunkLines) {
    const cut = rows.length - limits.maxChunkLines;
    cutNotice = `[output cut: the first ${cut.toLocaleString('en-US')} of ${rows.length.toLocaleString('en-US')} lines are not shown]`;
    rows = rows.slice(cut);
  }
  let lines = log.lines;
  let nextId = log.nextId;
  let style = log.style;
  let continueOpen = log.open && cutNotice === null;
  if (cutNotice !== null) {
    lines = [...lines, { id: nextId++, kind: 'notice', spans: [{ text: cutNotice, style: { dim: true } }] }];
  } else {
    lines = [...lines];
  }
  rows.forEach((row, i) => {
    const visible = row.includes('\r') ? row.slice(row.lastIndexOf('\r') + 1) : row;
    const parsed = parseAnsi(visible, style);
    style = parsed.style;
    const previous = lines[lines.length - 1];
    if (i === 0 && continueOpen && previous) {
      lines[lines.length - 1] = {
        ...previous,
        spans: truncateSpans([...previous.spans, ...parsed.spans], limits.maxLineLength),
      };
    } else {
      lines.push({ id: nextId++, kind, spans: truncateSpans(parsed.spans, limits.maxLineLength) });
    }
    continueOpen = false;
  });
  return trimTop({ ...log, lines, nextId, open: endsOpen, style }, limits);
}

/** Text of a line, for tests and copying. */
export function lineText(line: LogLine): string {
  return line.spans.map((s) => s.text).join('');
}
