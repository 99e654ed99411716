// The recent scrollback as plain JSON, bounded, so a reload shows the last screenful again.
import type { AnsiColor, SpanStyle, StyledSpan } from './ansi';
import { appendNotice, emptyLog, type LogLine, type LogLineKind, type OutputLog } from './output-log';

/** How much of the scrollback is saved: the newest lines, and at most this many characters in all. */
export interface ScrollbackLimits {
  maxLines: number;
  maxChars: number;
}

/** Enough for a few screens, small next to localStorage's ~5 MB shared by every terminal of the site. */
export const defaultScrollbackLimits: ScrollbackLimits = { maxLines: 200, maxChars: 20_000 };

/** The saved form: line kinds and styled spans (ids are given again on restore). */
export interface SavedScrollback {
  lines: { kind: LogLineKind; spans: StyledSpan[] }[];
}

const KINDS: readonly string[] = ['command', 'stdout', 'stderr', 'notice'];

/** The newest lines of `log` that fit the limits, oldest first. */
export function saveScrollback(
  log: OutputLog,
  limits: ScrollbackLimits = defaultScrollbackLimits,
): SavedScrollback {
  const kept: SavedScrollback['lines'] = [];
  let chars = 0;
  for (let i = log.lines.length - 1; i >= 0 && kept.length < limits.maxLines; i--) {
    const line = log.lines[i] as LogLine;
    const length = line.spans.reduce((n, s) => n + s.text.length, 0);
    if (chars + length > limits.maxChars) break;
    chars += length;
    kept.push({ kind: line.kind, spans: line.spans });
  }
  return { lines: kept.reverse() };
}

function isColor(value: unknown): value is AnsiColor {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  if ('index' in c) return Number.isInteger(c.index) && (c.index as number) >= 0 && (c.index as number) < 256;
  return typeof c.css === 'string' && /^#[0-9a-f]{6}$|^rgb\(\d{1,3}, ?\d{1,3}, ?\d{1,3}\)$/i.test(c.css);
}

function isStyle(value: unknown): value is SpanStyle {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const [key, v] of Object.entries(value)) {
    if (key === 'fg' || key === 'bg') {
      if (!isColor(v)) return false;
    } else if (['bold', 'dim', 'italic', 'underline', 'inverse'].includes(key)) {
      if (typeof v !== 'boolean') return false;
    } else return false;
  }
  return true;
}

/**
 * Rebuilds a log from saved scrollback, with a notice that it was restored. Null when the value is not a
 * saved scrollback (the caller then treats the saved state as damaged).
 */
export function restoreScrollback(value: unknown, notice: string): OutputLog | null {
  if (typeof value !== 'object' || value === null) return null;
  const lines = (value as { lines?: unknown }).lines;
  if (!Array.isArray(lines)) return null;
  const restored: LogLine[] = [];
  for (const line of lines as unknown[]) {
    if (typeof line !== 'object' || line === null) return null;
    const { kind, spans } = line as { kind?: unknown; spans?: unknown };
    if (typeof kind !== 'string' || !KINDS.includes(kind) || !Array.isArray(spans)) return null;
    const checked: StyledSpan[] = [];
    for (const span of spans as unknown[]) {
      const s = span as { text?: unknown; style?: unknown } | null;
      if (!s || typeof s.text !== 'string' || !isStyle(s.style)) return null;
      checked.push({ text: s.text, style: s.style });
    }
    restored.push({ id: restored.length + 1, kind: kind as LogLineKind, spans: checked });
  }
  if (restored.length === 0) return emptyLog();
  const log: OutputLog = { ...emptyLog(), lines: restored, nextId: restored.length + 1 };
  return appendNotice(log, notice);
}
