// Rehype plugin: each h2 and what follows it, up to the next h2, become one <section class="lesson-section">.
// The browser can then skip laying out sections far below the fold (content-visibility in prose.css), and a
// section without interactive parts reaches the page as one piece of static markup.

type Node = {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  attributes?: { name: string; value?: unknown }[];
  children?: Node[];
};

/** What a section holds, for an estimate of its height. */
interface Contents {
  characters: number;
  codeLines: number;
  blocks: number;
  exercises: number;
  terminals: number;
  consoleScreens: number;
  tableRows: number;
}

/**
 * Estimated heights in px, wide (a desktop column) and narrow (a phone), fitted by least squares to the
 * sections of the six written lessons as laid out in Chromium (median error 6 % wide, 8 % narrow). A skipped
 * section takes this height until it is first laid out, so the scrollbar and in-page positions start close.
 */
const WEIGHTS = {
  wide: {
    characters: 0.33,
    codeLines: 15,
    blocks: 41,
    exercises: 760,
    terminals: 480,
    consoleScreens: 210,
    tableRows: 33,
  },
  narrow: {
    characters: 0.68,
    codeLines: 20,
    blocks: 39,
    exercises: 905,
    terminals: 510,
    consoleScreens: 283,
    tableRows: 60,
  },
} as const;

function estimate(contents: Contents, weights: Record<keyof Contents, number>): number {
  let height = 0;
  for (const key of Object.keys(weights) as (keyof Contents)[]) height += contents[key] * weights[key];
  return Math.round(height);
}

function hasClass(node: Node, name: string): boolean {
  const fromHast = node.properties?.className;
  if (Array.isArray(fromHast) && fromHast.includes(name)) return true;
  const fromJsx = node.attributes?.find((a) => a.name === 'className')?.value;
  return typeof fromJsx === 'string' && fromJsx.split(/\s+/).includes(name);
}

function measure(nodes: Node[]): Contents {
  const contents: Contents = {
    characters: 0,
    codeLines: 0,
    blocks: nodes.filter((n) => n.type !== 'text').length,
    exercises: 0,
    terminals: 0,
    consoleScreens: 0,
    tableRows: 0,
  };
  const visit = (node: Node) => {
    const tag = node.tagName ?? node.name;
    if (node.type === 'text') contents.characters += node.value?.length ?? 0;
    if (tag === 'pre') contents.codeLines += (textOf(node).match(/\n/g)?.length ?? 0) + 1;
    if (tag === 'tr') contents.tableRows++;
    if (tag === 'figure' && hasClass(node, 'console-screen')) contents.consoleScreens++;
    if (tag === 'Terminal') {
      if (node.attributes?.some((a) => a.name === 'exercise')) contents.exercises++;
      else contents.terminals++;
    }
    if (tag !== 'pre') node.children?.forEach(visit);
  };
  nodes.forEach(visit);
  return contents;
}

function textOf(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function section(children: Node[]): Node {
  const contents = measure(children);
  const style = `--section-height:${estimate(contents, WEIGHTS.wide)}px;--section-height-narrow:${estimate(contents, WEIGHTS.narrow)}px`;
  return {
    type: 'element',
    tagName: 'section',
    properties: { className: ['lesson-section'], style },
    children,
  };
}

/** The lesson's top level: the introduction before the first h2 stays as it is; ESM stays at the root. */
export function rehypeSections() {
  return (tree: Node) => {
    const result: Node[] = [];
    let current: Node[] | null = null;
    const flush = () => {
      if (current) result.push(section(current));
      current = null;
    };
    for (const child of tree.children ?? []) {
      if (child.type === 'element' && child.tagName === 'h2') {
        flush();
        current = [];
      }
      if (current && child.type !== 'mdxjsEsm') current.push(child);
      else result.push(child);
    }
    flush();
    tree.children = result;
  };
}
