// A lesson code figure; when its block is marked `runnable`, adds "Run in terminal" under it (CodeBlockActions runs it).
import { Children, isValidElement, type ComponentProps } from 'react';
import styles from './RunInTerminal.module.css';

function isRunnable(props: Record<string, unknown>): boolean {
  if (props['data-runnable'] !== undefined) return true;
  // rehype-pretty-code moves the <pre>'s data attributes to its figure; accept either place.
  return Children.toArray(props.children as ComponentProps<'figure'>['children']).some(
    (child) =>
      isValidElement(child) && (child.props as Record<string, unknown>)['data-runnable'] !== undefined,
  );
}

export function CodeFigure(props: ComponentProps<'figure'>) {
  if (!isRunnable(props as Record<string, unknown>)) return <figure {...props} />;
  return (
    <figure {...props}>
      {props.children}
      <button type="button" className={styles.run} data-code-action="run">
        Run in terminal
      </button>
      <span className="visually-hidden" role="status" />
    </figure>
  );
}
