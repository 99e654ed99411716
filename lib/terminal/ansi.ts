// ANSI SGR escape sequences → styled text spans as plain data (the view renders them as text, never HTML).

/** The 16 standard terminal colours (0–7 normal, 8–15 bright) or a 256-colour / RGB value as CSS. */
export type AnsiColor = { index: number } | { css: string };

/** Styling of one run of text. Absent fields mean "default". */
export interface SpanStyle {
  fg?: AnsiColor;
  bg?: AnsiColor;
  bold?: boolean;
  dim?: boolean;
  italic?: boolean;
  underline?: boolean;
  inverse?: boolean;
}

/** A run of text with one style. */
export interface StyledSpan {
  text: string;
  style: SpanStyle;
}

// CSI sequences (ESC [ params final), OSC sequences (ESC ] ... BEL/ST) and lone two-char escapes.
const ESCAPE = /\x1b\[([0-9;:?]*)([@-~])|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]?/g;

function xterm256(n: number): AnsiColor {
  if (n < 16) return { index: n };
  if (n >= 232) {
    const level = 8 + (n - 232) * 10;
    return { css: `rgb(${level}, ${level}, ${level})` };
  }
  const c = n - 16;
  const steps = [0, 95, 135, 175, 215, 255];
  const r = steps[Math.floor(c / 36)] ?? 0;
  const g = steps[Math.floor(c / 6) % 6] ?? 0;
  const b = steps[c % 6] ?? 0;
  return { css: `rgb(${r}, ${g}, ${b})` };
}

/** Applies one SGR parameter list (`1;31`) to a style. Unknown codes are ignored. */
export function applySgr(style: SpanStyle, params: string): SpanStyle {
  const codes = params === '' ? [0] : params.split(/[;:]/).map((p) => (p === '' ? 0 : Number(p)));
  let next: SpanStyle = { ...style };
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] ?? 0;
    if (code === 0) next = {};
    else if (code === 1) next.bold = true;
    else if (code === 2) next.dim = true;
    else if (code === 3) next.italic = true;
    else if (code === 4) next.underline = true;
    else if (code === 7) next.inverse = true;
    else if (code === 22) {
      delete next.bold;
      delete next.dim;
    } else if (code === 23) delete next.italic;
    else if (code === 24) delete next.underline;
    else if (code === 27) delete next.inverse;
    else if (code >= 30 && code <= 37) next.fg = { index: code - 30 };
    else if (code >= 90 && code <= 97) next.fg = { index: code - 90 + 8 };
    else if (code === 39) delete next.fg;
    else if (code >= 40 && code <= 47) next.bg = { index: code - 40 };
    else if (code >= 100 && code <= 107) next.bg = { index: code - 100 + 8 };
    else if (code === 49) delete next.bg;
    else if (code === 38 || code === 48) {
      const target = code === 38 ? 'fg' : 'bg';
      if (codes[i + 1] === 5 && codes[i + 2] !== undefined) {
        next[target] = xterm256(codes[i + 2] ?? 0);
        i += 2;
      } else if (codes[i + 1] === 2 && codes[i + 4] !== undefined) {
        next[target] = { css: `rgb(${codes[i + 2]}, ${codes[i + 3]}, ${codes[i + 4]})` };
        i += 4;
      }
    }
  }
  return next;
}

/**
 * Splits text with escape sequences into styled spans. Non-SGR escapes (cursor movement, titles)
 * are dropped. `initial` carries the style over from a previous chunk; the final style is returned.
 */
export function parseAnsi(input: string, initial: SpanStyle = {}): { spans: StyledSpan[]; style: SpanStyle } {
  const spans: StyledSpan[] = [];
  let style = initial;
  let last = 0;
  const push = (text: string) => {
    if (text === '') return;
    const previous = spans[spans.length - 1];
    if (previous && previous.style === style) previous.text += text;
    else spans.push({ text, style });
  };
  for (const match of input.matchAll(ESCAPE)) {
    push(input.slice(last, match.index));
    last = match.index + match[0].length;
    if (match[2] === 'm') style = applySgr(style, match[1] ?? '');
  }
  push(input.slice(last));
  return { spans, style };
}

/** The text without any escape sequence (for copying, search and accessibility). */
export function stripAnsi(input: string): string {
  return input.replace(ESCAPE, '');
}
