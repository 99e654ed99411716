// Frontmatter validation: good input passes; every error names the file, the field and what to do.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileLesson } from './compile-mdx.server';
import { FrontmatterError, parseFrontmatter } from './frontmatter';

const fixture = (name: string) => {
  const file = `lib/content/fixtures/${name}`;
  return [file, readFileSync(path.join(__dirname, 'fixtures', name), 'utf8')] as const;
};

async function frontmatterError(name: string): Promise<FrontmatterError> {
  const [file, source] = fixture(name);
  const error = await compileLesson(file, source).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FrontmatterError);
  return error as FrontmatterError;
}

describe('frontmatter', () => {
  test('accepts a complete frontmatter', () => {
    const fm = parseFrontmatter('x.mdx', { title: 'T', summary: 'S.', minutes: 12 });
    expect(fm).toEqual({ title: 'T', summary: 'S.', minutes: 12 });
  });

  test('the retired exercises list says the Terminal tags replace it', () => {
    expect(() =>
      parseFrontmatter('f.mdx', { title: 'T', summary: 'S', minutes: 3, exercises: ['use-a-profile'] }),
    ).toThrow(
      'field "exercises" is no longer used: remove it: the lesson\'s `<Terminal exercise="id" />` tags',
    );
  });

  test('a missing field names the file, the field and what to write', async () => {
    const error = await frontmatterError('missing-minutes.mdx');
    expect(error.fields).toEqual(['minutes']);
    expect(error.message).toContain('lib/content/fixtures/missing-minutes.mdx');
    expect(error.message).toContain('field "minutes"');
    expect(error.message).toContain('it is missing');
    expect(error.message).toContain('add `minutes: 20`');
  });

  test('wrong types, empty strings and unknown fields are each reported', async () => {
    const error = await frontmatterError('bad-fields.mdx');
    expect(error.fields.sort()).toEqual(['difficulty', 'minutes', 'title']);
    expect(error.message).toContain('lib/content/fixtures/bad-fields.mdx');
    expect(error.message).toContain('field "minutes"');
    expect(error.message).toContain('found "ten"');
    expect(error.message).toContain('field "title"');
    expect(error.message).toContain('unknown field "difficulty": remove it');
  });

  test('minutes must be a positive whole number', () => {
    expect(() => parseFrontmatter('f.mdx', { title: 'T', summary: 'S', minutes: 2.5 })).toThrow(
      /field "minutes"/,
    );
    expect(() => parseFrontmatter('f.mdx', { title: 'T', summary: 'S', minutes: 0 })).toThrow(
      /field "minutes"/,
    );
  });

  test('a file without frontmatter reports all three required fields', () => {
    try {
      parseFrontmatter('content/m/l.mdx', undefined);
      expect.unreachable();
    } catch (error) {
      expect((error as FrontmatterError).fields).toEqual(['title', 'summary', 'minutes']);
      expect((error as Error).message).toMatch(/^Invalid frontmatter in content\/m\/l\.mdx/);
    }
  });
});
