// Rehype plugin: collects h2/h3 headings (after rehype-slug gave them ids) for the "On this page" list.
import type { Element, ElementContent, Root, RootContent } from 'hast';

/** One entry of a lesson's table of contents. */
export type TocHeading = {
  /** 2 for a section, 3 for a subsection. */
  depth: 2 | 3;
  /** The heading's id (anchor without '#'). */
  id: string;
  /** The heading's plain text. */
  text: string;
};

function textOf(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

function walk(node: Root | Element, out: TocHeading[]): void {
  for (const child of node.children as RootContent[]) {
    if (child.type !== 'element') continue;
    if ((child.tagName === 'h2' || child.tagName === 'h3') && typeof child.properties.id === 'string') {
      out.push({
        depth: child.tagName === 'h2' ? 2 : 3,
        id: child.properties.id,
        text: textOf(child).trim(),
      });
    } else {
      walk(child, out);
    }
  }
}

/** Returns a rehype plugin that pushes the headings it finds into `out`. */
export function rehypeCollectHeadings(out: TocHeading[]) {
  return () => (tree: Root) => {
    walk(tree, out);
  };
}
