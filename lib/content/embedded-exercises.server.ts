// Which exercises a lesson embeds: its `<Terminal exercise="id" />` tags, read with the MDX parser (the one
// declaration of an exercise's lesson; nothing else lists it).
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** One `<Terminal exercise="id" />` tag: the id and the 1-based line it is on. */
export interface EmbeddedExercise {
  id: string;
  line: number;
}

/** A tag whose `exercise` is not a plain string: the build stops with the file and line. */
export class EmbeddedExerciseError extends Error {}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx);

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxNode {
  name?: string | null;
  attributes?: JsxAttribute[];
  position?: { start: { line: number } };
}

/** The exercises `source` embeds, in document order. `file` names the lesson in errors. */
export function embeddedExercises(file: string, source: string): EmbeddedExercise[] {
  const tree = parser.parse(source);
  const found: EmbeddedExercise[] = [];
  visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
    const tag = node as JsxNode;
    if (tag.name !== 'Terminal') return;
    const attribute = tag.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'exercise');
    if (!attribute) return;
    const line = tag.position?.start.line ?? 0;
    if (typeof attribute.value !== 'string' || !attribute.value) {
      throw new EmbeddedExerciseError(
        `${file}:${line}: write the exercise id as a plain string, e.g. <Terminal exercise="configure-default-profile" />`,
      );
    }
    found.push({ id: attribute.value, line });
  });
  return found;
}
