// The lesson of an exercise is derived from the <Terminal exercise> tags; disagreements name file and line.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { exerciseEmbeddingProblems, lessonExerciseIds } from './lesson-exercises';

const LESSON = 'aws-foundations/aws-programmatic-access';

function rootWithLesson(body: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'skillshell-embed-'));
  mkdirSync(path.join(root, 'content', 'aws-foundations'), { recursive: true });
  writeFileSync(
    path.join(root, 'content', `${LESSON}.mdx`),
    `---\ntitle: T\nsummary: S\nminutes: 5\n---\n\n${body}`,
  );
  return root;
}

describe('lesson exercises', () => {
  test('a lesson has the exercises its tags embed, in page order', () => {
    const root = rootWithLesson('<Terminal exercise="b-two" />\n\ntext\n\n<Terminal exercise="a-one" />\n');
    expect(lessonExerciseIds(LESSON, root)).toEqual(['b-two', 'a-one']);
    expect(lessonExerciseIds('aws-foundations/not-written', root)).toEqual([]);
    expect(exerciseEmbeddingProblems(root, ['a-one', 'b-two'])).toEqual([]);
  });

  test('an unknown id, an exercise embedded nowhere and one embedded twice are named with file and line', () => {
    const root = rootWithLesson(
      '<Terminal exercise="a-one" />\n\n<Terminal exercise="typo" />\n\n<Terminal exercise="a-one" />\n',
    );
    expect(exerciseEmbeddingProblems(root, ['a-one', 'lonely'])).toEqual([
      `content/${LESSON}.mdx:9: <Terminal exercise="typo" /> names no exercise in exercises/index.ts`,
      `exercises/a-one.ts: embedded more than once (content/${LESSON}.mdx:7, content/${LESSON}.mdx:11); keep one`,
      'exercises/lonely.ts: no lesson embeds it; add <Terminal exercise="lonely" /> to one',
    ]);
  });
});
