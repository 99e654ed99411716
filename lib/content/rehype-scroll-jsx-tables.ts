// Rehype plugin: wraps tables written as JSX in MDX (console screens) in a focusable, labelled scroll region.
// Markdown tables get the same wrapper from the component registry; literal JSX tags never reach the registry.

type JsxAttribute = { type: 'mdxJsxAttribute'; name: string; value: string | null };
type Node = {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: JsxAttribute[];
  children?: Node[];
};

function textOf(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** A name for the region: the table's <caption>, else its first header cells. */
function labelFor(table: Node): string {
  const caption = table.children?.find((child) => child.name === 'caption');
  if (caption) return textOf(caption).trim().replace(/\s+/g, ' ');
  const headers: string[] = [];
  const collect = (node: Node) => {
    if (node.name === 'th') headers.push(textOf(node).trim());
    else node.children?.forEach(collect);
  };
  collect(table);
  return headers.filter(Boolean).join(', ') || 'untitled';
}

function wrap(node: Node): void {
  const children = node.children;
  if (!children) return;
  children.forEach((child, index) => {
    if (child.type === 'mdxJsxFlowElement' && child.name === 'table') {
      const attribute = (name: string, value: string): JsxAttribute => ({
        type: 'mdxJsxAttribute',
        name,
        value,
      });
      children[index] = {
        type: 'mdxJsxFlowElement',
        name: 'div',
        attributes: [
          attribute('className', 'jsx-table-scroll'),
          attribute('role', 'region'),
          attribute('aria-label', `Table: ${labelFor(child)}`),
          attribute('tabIndex', '0'),
        ],
        children: [child],
      };
    } else {
      wrap(child);
    }
  });
}

export function rehypeScrollJsxTables() {
  return (tree: Node) => wrap(tree);
}
