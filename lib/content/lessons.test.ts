// The course model: outline joined with files, unwritten lessons skipped, and every written lesson compiles.
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { courseModules, loadLesson, neighbours, orphanLessonFiles, writtenLessons } from './lessons.server';

const root = path.resolve(__dirname, '../..');

function fakeRoot(files: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'skillshell-content-'));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), '---\ntitle: T\nsummary: S.\nminutes: 1\n---\n\n## A\n');
  }
  return dir;
}

describe('course model', () => {
  test('a lesson without a file is listed but not written', () => {
    const dir = fakeRoot(['content/aws-foundations/aws-ec2.mdx']);
    const aws = courseModules(dir).find((m) => m.slug === 'aws-foundations');
    const ec2 = aws?.lessons.find((l) => l.slug === 'aws-ec2');
    expect(ec2).toMatchObject({ written: true, href: '/lessons/aws-foundations/aws-ec2/' });
    expect(aws?.lessons.filter((l) => l.written)).toHaveLength(1);
  });

  test('previous and next skip unwritten lessons', () => {
    const dir = fakeRoot([
      'content/aws-foundations/aws-introductions.mdx',
      'content/aws-foundations/aws-programmatic-access.mdx',
      'content/aws-foundations/elastic-load-balancer.mdx',
    ]);
    const around = neighbours('aws-foundations', 'aws-programmatic-access', dir);
    expect(around.previous?.slug).toBe('aws-introductions');
    expect(around.next?.slug).toBe('elastic-load-balancer');
    expect(neighbours('aws-foundations', 'aws-introductions', dir).previous).toBeUndefined();
  });

  test('an MDX file the outline does not list is reported as an orphan', () => {
    const dir = fakeRoot(['content/aws-foundations/aws-ec2.mdx', 'content/aws-foundations/typo-lesson.mdx']);
    expect(orphanLessonFiles(dir)).toEqual(['content/aws-foundations/typo-lesson.mdx']);
  });

  test('the repository has no orphan lesson files', () => {
    expect(orphanLessonFiles(root)).toEqual([]);
  });

  test('every written lesson in the repository compiles with valid frontmatter', async () => {
    const lessons = writtenLessons(root);
    for (const lesson of lessons) {
      const loaded = await loadLesson(lesson.moduleSlug, lesson.slug, root);
      expect(loaded.frontmatter.title.length, lesson.file).toBeGreaterThan(0);
      expect(loaded.headings.length, `${lesson.file} has h2 headings`).toBeGreaterThan(0);
    }
  });
});

describe('loadLesson', () => {
  test('an edited file is compiled again, an unchanged one comes from the cache', async () => {
    const dir = fakeRoot(['content/aws-foundations/aws-ec2.mdx']);
    const file = path.join(dir, 'content/aws-foundations/aws-ec2.mdx');
    const first = await loadLesson('aws-foundations', 'aws-ec2', dir);
    expect(await loadLesson('aws-foundations', 'aws-ec2', dir)).toBe(first);
    writeFileSync(file, '---\ntitle: Edited\nsummary: S.\nminutes: 2\n---\n\n## B\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const second = await loadLesson('aws-foundations', 'aws-ec2', dir);
    expect(second.frontmatter.title).toBe('Edited');
  });

  test('asking for an unwritten lesson is an error', async () => {
    await expect(loadLesson('aws-foundations', 'aws-rds', fakeRoot([]))).rejects.toThrow(
      'No written lesson aws-foundations/aws-rds',
    );
  });
});
