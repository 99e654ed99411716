import { describe, expect, test } from 'vitest';
import { exercises } from '@/exercises';
import { parseInline, parseMarkdown, type Block, type Inline } from './goal-markdown';

function plain(nodes: Inline[]): string {
  return nodes.map((n) => ('text' in n ? n.text : plain(n.children))).join('');
}

describe('goal markdown', () => {
  test('inline code keeps its text literally, markup inside it included', () => {
    expect(parseInline('Run `aws configure --profile **x**` now')).toEqual([
      { type: 'text', text: 'Run ' },
      { type: 'code', text: 'aws configure --profile **x**' },
      { type: 'text', text: ' now' },
    ]);
  });

  test('strong, emphasis and safe links nest', () => {
    expect(parseInline('**default _profile_** and [docs](https://docs.aws.amazon.com/cli/)')).toEqual([
      {
        type: 'strong',
        children: [
          { type: 'text', text: 'default ' },
          { type: 'em', children: [{ type: 'text', text: 'profile' }] },
        ],
      },
      { type: 'text', text: ' and ' },
      { type: 'link', href: 'https://docs.aws.amazon.com/cli/', children: [{ type: 'text', text: 'docs' }] },
    ]);
  });

  test('a javascript: link stays text, and HTML stays text', () => {
    const nodes = parseInline('[x](javascript:alert(1)) <img src=x onerror=alert(1)>');
    expect(nodes.every((n) => n.type === 'text')).toBe(true);
    expect(plain(nodes)).toBe('[x](javascript:alert(1)) <img src=x onerror=alert(1)>');
  });

  test('snake_case words are not emphasis', () => {
    expect(parseInline('sample_user and example_1')).toEqual([
      { type: 'text', text: 'sample_user and example_1' },
    ]);
  });

  test('paragraphs, a table and a list', () => {
    const blocks = parseMarkdown(
      'Intro line\ncontinues.\n\n| A | B |\n| --- | --- |\n| `1` | 2 |\n\n- one\n- two\n  wrapped',
    );
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'table', 'list']);
    expect(plain((blocks[0] as Extract<Block, { type: 'paragraph' }>).children)).toBe(
      'Intro line continues.',
    );
    const table = blocks[1] as Extract<Block, { type: 'table' }>;
    expect(table.header.map(plain)).toEqual(['A', 'B']);
    expect(table.rows[0]?.[0]).toEqual([{ type: 'code', text: '1' }]);
    const list = blocks[2] as Extract<Block, { type: 'list' }>;
    expect(list.items.map(plain)).toEqual(['one', 'two wrapped']);
  });

  test('every exercise goal and hint reads without leftover markup', () => {
    for (const exercise of exercises) {
      for (const source of [exercise.goal, ...exercise.hints]) {
        const text = JSON.stringify(parseMarkdown(source));
        expect(text, `${exercise.id}: ${source}`).not.toMatch(/"text":"[^"]*(\*\*|`)[^"]*"/);
      }
    }
  });
});
