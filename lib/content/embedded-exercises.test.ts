// The lesson's <Terminal exercise> tags are read with the MDX parser: ids, lines, and a clear error.
import { describe, expect, test } from 'vitest';
import { embeddedExercises } from './embedded-exercises.server';

describe('embeddedExercises', () => {
  test('finds every Terminal with an exercise, in order, with its line', () => {
    const source = `---
title: T
summary: S
minutes: 5
---

# Heading

<Terminal />

Some text.

<Terminal exercise="first-one" />

- a list item

<Terminal
  exercise="second-one"
/>
`;
    expect(embeddedExercises('content/m/l.mdx', source)).toEqual([
      { id: 'first-one', line: 13 },
      { id: 'second-one', line: 17 },
    ]);
  });

  test('ignores tags in code blocks and other components', () => {
    const source = '```mdx\n<Terminal exercise="not-real" />\n```\n\n<Callout exercise="x">Hi</Callout>\n';
    expect(embeddedExercises('content/m/l.mdx', source)).toEqual([]);
  });

  test('an id given as an expression names the file and line', () => {
    expect(() => embeddedExercises('content/m/l.mdx', 'Intro\n\n<Terminal exercise={"x"} />\n')).toThrow(
      'content/m/l.mdx:3: write the exercise id as a plain string',
    );
  });
});
