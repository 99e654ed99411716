// A highlighted note, warning or danger box inside a lesson.
import type { ReactNode } from 'react';

/** Kinds of callout, from informative to "you could lose data or money". */
export type CalloutType = 'note' | 'warning' | 'danger';

const labels: Record<CalloutType, string> = { note: 'Note', warning: 'Warning', danger: 'Danger' };
const icons: Record<CalloutType, string> = { note: 'i', warning: '!', danger: '×' };

/** `<Callout type="warning" title="Optional title">…</Callout>`; the type is always announced as text. */
export function Callout({
  type = 'note',
  title,
  children,
}: {
  type?: CalloutType;
  title?: string;
  children?: ReactNode;
}) {
  if (!(type in labels)) throw new Error(`<Callout type="${type}"> must be note, warning or danger`);
  return (
    <div className={`callout callout-${type}`} role="note">
      <p className="callout-title">
        <span className="callout-icon" aria-hidden="true">
          {icons[type]}
        </span>
        <span className="callout-label">{labels[type]}</span>
        {title ? <span className="callout-heading">{title}</span> : null}
      </p>
      <div className="callout-body">{children}</div>
    </div>
  );
}
