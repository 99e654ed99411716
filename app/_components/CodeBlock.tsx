// Wraps every highlighted <pre> (already coloured at build time) with a copy button island.
import type { ComponentProps } from 'react';
import { CopyButton } from './CopyButton';

export function CodeBlock(props: ComponentProps<'pre'>) {
  return (
    <div className="code-block">
      <pre {...props} />
      <CopyButton />
    </div>
  );
}
