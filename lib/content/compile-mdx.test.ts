// MDX compilation: components, GFM tables, build-time highlighting, code meta, headings, and syntax errors.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileLesson, MdxSyntaxError } from './compile-mdx.server';
import { metaWords } from './rehype-code-meta';

const read = (name: string) => readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');

describe('compileLesson', () => {
  test('compiles the valid fixture with frontmatter, headings and highlighted code', async () => {
    const lesson = await compileLesson('lib/content/fixtures/valid.mdx', read('valid.mdx'));
    expect(lesson.frontmatter.minutes).toBe(5);
    expect(lesson.headings).toEqual([
      { depth: 2, id: 'first-section', text: 'First section' },
      { depth: 3, id: 'a-subsection', text: 'A subsection' },
    ]);
    // Highlighted at build time: colours are CSS variables for both themes.
    expect(lesson.code).toContain('--shiki-light');
    expect(lesson.code).toContain('--shiki-dark');
    expect(lesson.code).toContain('"data-rehype-pretty-code-title":""');
    expect(lesson.code).toContain('~/.aws/config');
    expect(lesson.code).toContain('"data-runnable":""');
    expect(lesson.code).toMatch(/e\.table|\.table,/);
    // JSX tables (console screens) are wrapped in a labelled, focusable scroll region.
    expect(lesson.code).toContain(
      'className:"jsx-table-scroll",role:"region","aria-label":"Table: Access keys",tabIndex:"0"',
    );
    for (const name of ['Callout', 'OsTabs', 'OsTab', 'Terminal']) expect(lesson.code).toContain(name);
  });

  test('an unclosed component names the file and the line of its opening tag', async () => {
    const error = await compileLesson(
      'lib/content/fixtures/syntax-error.mdx',
      read('syntax-error.mdx'),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MdxSyntaxError);
    expect((error as MdxSyntaxError).line).toBe(11);
    expect((error as Error).message).toMatch(
      /^MDX error in lib\/content\/fixtures\/syntax-error\.mdx:11:1: /,
    );
    expect((error as Error).message).toContain('Expected a closing tag for `<Callout>`');
  });

  test('an unclosed expression is reported on its own line', async () => {
    const source = '---\ntitle: T\nsummary: S\nminutes: 1\n---\n\n## Hi\n\nText {oops\n\nMore\n';
    const error = (await compileLesson('content/x/y.mdx', source).catch((e: unknown) => e)) as MdxSyntaxError;
    expect(error).toBeInstanceOf(MdxSyntaxError);
    expect(error.file).toBe('content/x/y.mdx');
    expect(error.line).toBe(9);
  });

  test('broken frontmatter YAML names the file', async () => {
    const error = await compileLesson('content/x/z.mdx', '---\ntitle: [x\nsummary: y\n---\nHi\n').catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toMatch(/^MDX error in content\/x\/z\.mdx:\d+: frontmatter YAML/);
  });
});

describe('metaWords', () => {
  test('keeps bare words and drops titles and line ranges', () => {
    expect(metaWords('title="~/.aws/config" runnable {1,3} showLineNumbers')).toEqual([
      'runnable',
      'showlinenumbers',
    ]);
    expect(metaWords("title='a b c'")).toEqual([]);
  });
});
