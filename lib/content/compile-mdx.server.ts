// Compiles one lesson's MDX with mdx-bundler at build time: frontmatter check, GFM, slugs, shiki highlighting.
import { bundleMDX } from 'mdx-bundler';
import rehypePrettyCode, { type Options as PrettyCodeOptions } from 'rehype-pretty-code';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { parseFrontmatter, type Frontmatter } from './frontmatter';
import { rehypeCodeMeta } from './rehype-code-meta';
import { rehypeCollectHeadings, type TocHeading } from './rehype-collect-headings';
import { rehypeScrollJsxTables } from './rehype-scroll-jsx-tables';
import { rehypeSections } from './rehype-sections';

/** A lesson compiled to a function body that `getMDXComponent` turns into a React component. */
export type CompiledLesson = {
  /** The compiled MDX (evaluate it on the server only). */
  code: string;
  /** Validated frontmatter. */
  frontmatter: Frontmatter;
  /** h2/h3 headings for the "On this page" list, in document order. */
  headings: TocHeading[];
};

/** An MDX syntax or build error, with the lesson file and the line in that file. */
export class MdxSyntaxError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly column: number | undefined,
    detail: string,
  ) {
    super(
      `MDX error in ${file}${line ? `:${line}${column !== undefined ? `:${column}` : ''}` : ''}: ${detail}`,
    );
    this.name = 'MdxSyntaxError';
  }
}

/** Light and dark themes, emitted as CSS variables (`--shiki-light`, `--shiki-dark`); no highlighter ships to the browser. */
const prettyCodeOptions: PrettyCodeOptions = {
  theme: { light: 'github-light-default', dark: 'github-dark-default' },
  keepBackground: false,
  defaultLang: { block: 'plaintext' },
};

type EsbuildMessage = { text: string; location?: { line: number; column: number } | null };

/**
 * Finds the line and column in an MDX message such as "9:11: Unexpected end of file" or
 * "1:1: Expected a closing tag for `<Callout>` (11:1-11:22)" (an unclosed tag is reported at 1:1
 * with the opening tag's place in parentheses, which is the useful one). Lines match the file.
 */
function positionIn(text: string): { line: number; column: number } | undefined {
  const lead = /^\s*(\d+):(\d+)/.exec(text);
  const related = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(text);
  const pick = lead && !(lead[1] === '1' && lead[2] === '1' && related) ? lead : related;
  return pick ? { line: Number(pick[1]), column: Number(pick[2]) } : undefined;
}

function toSyntaxError(file: string, error: unknown): Error {
  const messages = (error as { errors?: EsbuildMessage[] }).errors;
  const first = messages?.[0];
  if (first) {
    const detail = first.text.replace(/^Cannot process MDX file with esbuild:\s*/, '');
    const position =
      positionIn(detail) ??
      (first.location ? { line: first.location.line, column: first.location.column + 1 } : undefined);
    const message = detail.replace(/^\s*\d+:\d+(?:-\d+:\d+)?:\s*/, '').trim();
    return new MdxSyntaxError(file, position?.line, position?.column, message);
  }
  const yaml = error as { name?: string; mark?: { line: number }; reason?: string };
  if (yaml.name === 'YAMLException') {
    // js-yaml counts from 0 inside the block, which starts on the file's second line.
    const line = yaml.mark ? yaml.mark.line + 2 : undefined;
    return new MdxSyntaxError(file, line, undefined, `frontmatter YAML: ${yaml.reason}`);
  }
  return new MdxSyntaxError(
    file,
    undefined,
    undefined,
    error instanceof Error ? error.message : String(error),
  );
}

/** Compiles `source` (the text of `file`); throws FrontmatterError or MdxSyntaxError naming the file. */
export async function compileLesson(file: string, source: string): Promise<CompiledLesson> {
  const headings: TocHeading[] = [];
  let result;
  try {
    result = await bundleMDX({
      source,
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm];
        options.rehypePlugins = [
          ...(options.rehypePlugins ?? []),
          rehypeSlug,
          rehypeCollectHeadings(headings),
          rehypeCodeMeta,
          rehypeScrollJsxTables,
          [rehypePrettyCode, prettyCodeOptions],
          rehypeSections,
        ];
        return options;
      },
      esbuildOptions(options) {
        options.logLevel = 'silent';
        return options;
      },
    });
  } catch (error) {
    throw toSyntaxError(file, error);
  }
  const frontmatter = parseFrontmatter(file, result.frontmatter);
  return { code: result.code, frontmatter, headings };
}
