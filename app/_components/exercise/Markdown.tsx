// Renders the goal-markdown data as React elements (used on the server: the page ships HTML, not a parser).
import type { ReactNode } from 'react';
import { parseInline, parseMarkdown, type Inline } from './goal-markdown';

function plain(nodes: Inline[]): string {
  return nodes.map((node) => ('text' in node ? node.text : plain(node.children))).join('');
}

function inline(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'code':
        return <code key={i}>{node.text}</code>;
      case 'strong':
        return <strong key={i}>{inline(node.children)}</strong>;
      case 'em':
        return <em key={i}>{inline(node.children)}</em>;
      case 'link':
        return (
          <a key={i} href={node.href}>
            {inline(node.children)}
          </a>
        );
    }
  });
}

/** Block markdown (goal text). */
export function Markdown({ source }: { source: string }) {
  return (
    <>
      {parseMarkdown(source).map((block, i) => {
        if (block.type === 'paragraph') return <p key={i}>{inline(block.children)}</p>;
        if (block.type === 'list') {
          const items = block.items.map((item, j) => <li key={j}>{inline(item)}</li>);
          return block.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
        }
        return (
          <div
            key={i}
            className="table-scroll"
            role="region"
            aria-label={`Table: ${block.header.map(plain).join(', ')}`}
            tabIndex={0}
          >
            <table>
              <thead>
                <tr>
                  {block.header.map((cell, j) => (
                    <th key={j} scope="col">
                      {inline(cell)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {block.rows.map((row, j) => (
                  <tr key={j}>
                    {row.map((cell, k) => (
                      <td key={k}>{inline(cell)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </>
  );
}

/** One line of inline markdown (a hint). */
export function InlineMarkdown({ source }: { source: string }) {
  return <>{inline(parseInline(source))}</>;
}
