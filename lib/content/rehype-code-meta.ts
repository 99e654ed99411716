// Rehype plugin: copies bare words from a code fence's meta (```bash runnable) onto the <pre> as data attributes.
import type { Element, Root, RootContent } from 'hast';

/** Words like `runnable` become `data-runnable=""`; `key="value"` pairs and `{1,3}` ranges are left to shiki. */
export function metaWords(meta: string): string[] {
  const withoutQuoted = meta.replace(/[\w-]+=("[^"]*"|'[^']*'|\S+)/g, ' ').replace(/\{[^}]*\}/g, ' ');
  return withoutQuoted
    .split(/\s+/)
    .filter((word) => /^[a-z][a-z0-9-]*$/i.test(word))
    .map((word) => word.toLowerCase());
}

function visitElements(node: Root | Element, fn: (el: Element) => void): void {
  for (const child of node.children as RootContent[]) {
    if (child.type === 'element') {
      fn(child);
      visitElements(child, fn);
    }
  }
}

/** Runs before rehype-pretty-code, which keeps the <pre> element's properties. */
export function rehypeCodeMeta() {
  return (tree: Root) => {
    visitElements(tree, (pre) => {
      if (pre.tagName !== 'pre') return;
      const code = pre.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
      // mdast's code meta; typed only where the MDX types are loaded, so read it as plain data.
      const meta: unknown = (code?.data as Record<string, unknown> | undefined)?.meta;
      if (!code || typeof meta !== 'string' || !meta) return;
      for (const word of metaWords(meta)) pre.properties[`data-${word}`] = '';
    });
  };
}
