// The one registry of components a lesson may use; lesson authors write exactly these names in MDX.
import { Children, isValidElement, type ComponentProps, type ReactNode } from 'react';
import { Callout } from './Callout';
import { CodeBlock } from './CodeBlock';
import { ExerciseTerminal } from './exercise/ExerciseTerminal';
import { OsTab, OsTabs } from './OsTabs';
import { CodeFigure } from './terminal/CodeFigure';

/** Plain text of a React tree (used to name a table after its header cells). */
function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return '';
}

/** The first row's header cells, e.g. "Setting, Where": a unique, meaningful name for the scroll region. */
function headerCells(children: ReactNode): string[] {
  const thead = Children.toArray(children).find((child) => isValidElement(child) && child.type === 'thead');
  if (!isValidElement<{ children?: ReactNode }>(thead)) return [];
  const row = Children.toArray(thead.props.children)[0];
  if (!isValidElement<{ children?: ReactNode }>(row)) return [];
  return Children.toArray(row.props.children)
    .map((cell) => textOf(cell).trim())
    .filter(Boolean);
}

/** GFM tables scroll sideways on narrow screens instead of widening the page. */
function ScrollTable(props: ComponentProps<'table'>) {
  const headers = headerCells(props.children);
  return (
    // Focusable so keyboard users can scroll it (axe: scrollable-region-focusable), named after its columns.
    <div
      className="table-scroll"
      role="region"
      aria-label={`Table: ${headers.join(', ') || 'untitled'}`}
      tabIndex={0}
    >
      <table {...props} />
    </div>
  );
}

/** Passed to the compiled MDX; markdown elements (pre, table) and the components authors write. */
export const mdxComponents = {
  pre: CodeBlock,
  /** Code figures of blocks marked `runnable` get a "Run in terminal" button. */
  figure: CodeFigure,
  table: ScrollTable,
  Callout,
  OsTabs,
  OsTab,
  /** `<Terminal />` (free) and `<Terminal exercise="id" />` (goal, terminal, checklist, hints). */
  Terminal: ExerciseTerminal,
};
