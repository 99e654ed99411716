// The terminal's scrollback: styled text spans, rendered as text only (never HTML).
import { memo, useLayoutEffect, useRef } from 'react';
import type { CSSProperties } from 'react';
import type { AnsiColor, LogLine, OutputLog, SpanStyle } from '@/lib/terminal';
import styles from './Terminal.module.css';

function colorClass(prefix: 'fg' | 'bg', color: AnsiColor | undefined): string {
  return color && 'index' in color ? (styles[`${prefix}${color.index}`] ?? '') : '';
}

function spanProps(style: SpanStyle): { className: string; style?: CSSProperties } {
  const fg = style.inverse ? style.bg : style.fg;
  const bg = style.inverse ? (style.fg ?? { index: 7 }) : style.bg;
  const classes = [
    colorClass('fg', fg),
    colorClass('bg', bg),
    style.bold ? styles.bold : '',
    style.dim ? styles.dim : '',
    style.italic ? styles.italic : '',
    style.underline ? styles.underline : '',
  ].filter(Boolean);
  const css: CSSProperties = {};
  if (fg && 'css' in fg) css.color = fg.css;
  if (bg && 'css' in bg) css.backgroundColor = bg.css;
  return { className: classes.join(' '), style: Object.keys(css).length ? css : undefined };
}

const Line = memo(function Line({ line }: { line: LogLine }) {
  return (
    <div className={`${styles.line} ${styles[line.kind] ?? ''}`}>
      {line.spans.length === 0 ? '\u200b' : null}
      {line.spans.map((span, i) => {
        const props = spanProps(span.style);
        return props.className || props.style ? (
          <span key={i} {...props}>
            {span.text}
          </span>
        ) : (
          span.text
        );
      })}
    </div>
  );
});

/**
 * The output region (`role="log"`, a polite live region). The question a command is asking is added to it
 * for screen readers only (it is shown visibly before the input), so each new question is announced.
 */
export function TerminalLog({
  log,
  label,
  question,
}: {
  log: OutputLog;
  label: string;
  question?: { id: number; text: string } | null;
}) {
  // Lines never wrap: once one is wider than the screen the log scrolls sideways, and then it takes focus
  // so keyboard users can scroll it too (not before: Tab goes straight from the toolbar to the input).
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (el.scrollWidth > el.clientWidth) el.tabIndex = 0;
    else el.removeAttribute('tabindex');
  }, [log]);
  return (
    <div ref={ref} role="log" aria-label={label} className={styles.log}>
      {log.removed > 0 ? (
        <div className={`${styles.line} ${styles.notice}`}>
          [{log.removed.toLocaleString('en-US')} earlier lines were removed to keep the page fast]
        </div>
      ) : null}
      {log.lines.map((line) => (
        <Line key={line.id} line={line} />
      ))}
      {question ? (
        <div key={`q${question.id}`} className="visually-hidden">
          {question.text}
        </div>
      ) : null}
    </div>
  );
}
