// Evaluates a compiled lesson on the server (at build time): the browser gets HTML and the islands, never the MDX code.
import { getMDXComponent } from 'mdx-bundler/client';
import { CodeBlockActions } from './CodeBlockActions';
import { mdxComponents } from './mdx-components';

export function LessonBody({ code }: { code: string }) {
  const Content = getMDXComponent(code);
  return (
    <div className="prose">
      <Content components={mdxComponents} />
      <CodeBlockActions />
    </div>
  );
}
