// Wraps every highlighted <pre> (already coloured at build time) with a copy button (CodeBlockActions runs it).
import type { ComponentProps } from 'react';

export function CodeBlock(props: ComponentProps<'pre'>) {
  return (
    <div className="code-block">
      <pre {...props} />
      <button type="button" className="copy-button" data-code-action="copy" data-status="idle">
        <span data-label>Copy</span>
        <span className="visually-hidden"> code</span>
      </button>
      <span className="visually-hidden" role="status" />
    </div>
  );
}
