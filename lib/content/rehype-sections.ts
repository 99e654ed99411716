// Rehype plugin: each h2 and what follows it, up to the next h2, become one <section class="lesson-section">.
// A section without interactive parts then reaches the page as one piece of static markup (StaticMarkup in
// app/_components/static-markup), not one per paragraph.

type Node = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: Node[] };

/** The lesson's top level: the introduction before the first h2 stays as it is; ESM stays at the root. */
export function rehypeSections() {
  return (tree: Node) => {
    const result: Node[] = [];
    let section: Node | null = null;
    for (const child of tree.children ?? []) {
      if (child.type === 'element' && child.tagName === 'h2') {
        section = {
          type: 'element',
          tagName: 'section',
          properties: { className: ['lesson-section'] },
          children: [],
        };
        result.push(section);
      }
      if (section && child.type !== 'mdxjsEsm') section.children?.push(child);
      else result.push(child);
    }
    tree.children = result;
  };
}
