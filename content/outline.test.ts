// The outline is the seed's: every module in order, AWS Foundations with its 23 lessons (one split in two), unique slugs.
import { describe, expect, test } from 'vitest';
import { outline } from './outline';
import { outlineProblems } from '@/lib/content/lessons.server';

describe('course outline', () => {
  test('lists every module of the seed in the seed order', () => {
    expect(outline).toHaveLength(33);
    expect(outline[0]?.title).toBe('Professional Skills');
    expect(outline.at(-1)?.title).toBe('IDE Cheatsheet');
    const slugs = outline.map((m) => m.slug);
    expect(slugs.indexOf('cloud-fundamentals') + 1).toBe(slugs.indexOf('aws-foundations'));
    expect(slugs.indexOf('aws-foundations') + 1).toBe(slugs.indexOf('aws-intermediate'));
  });

  test("AWS Foundations holds the seed's 23 lessons, programmatic access 19th and its split-off second half 20th", () => {
    const aws = outline.find((m) => m.slug === 'aws-foundations');
    expect(aws?.lessons).toHaveLength(24);
    expect(aws?.lessons[0]?.slug).toBe('aws-introductions');
    expect(aws?.lessons[18]).toEqual({ slug: 'aws-programmatic-access', title: 'AWS Programmatic Access' });
    expect(aws?.lessons[19]?.slug).toBe('aws-cli-profiles-and-environment');
    expect(aws?.lessons[20]?.slug).toBe('aws-iam-role-cli');
    expect(aws?.lessons.at(-1)?.slug).toBe('elastic-load-balancer');
  });

  test('every module and lesson slug is unique and kebab-case', () => {
    expect(outlineProblems(outline)).toEqual([]);
    const lessonSlugs = outline.flatMap((m) => m.lessons.map((l) => l.slug));
    expect(new Set(lessonSlugs).size).toBe(lessonSlugs.length);
  });

  test('outlineProblems reports duplicates and bad slugs', () => {
    const problems = outlineProblems([
      { slug: 'a', title: 'A', lessons: [{ slug: 'x', title: 'X' }] },
      {
        slug: 'a',
        title: 'A again',
        lessons: [
          { slug: 'x', title: 'X again' },
          { slug: 'Bad Slug', title: 'B' },
        ],
      },
    ]);
    expect(problems).toEqual([
      'module slug "a" is used twice',
      'lesson slug "x" is used twice',
      'lesson slug "Bad Slug" is not kebab-case',
    ]);
  });
});
