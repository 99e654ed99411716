// Server side: which exercises belong to a lesson, derived from the lessons' `<Terminal exercise>` tags (the
// one place that says it), and the build-time check that the tags and the registry agree.
import { exercises } from '@/exercises';
import { exercisesByLesson } from '@/lib/content/lessons.server';

/** Ids of the lesson's exercises (`module/lesson` id), in page order. */
export function lessonExerciseIds(lessonId: string, root?: string): string[] {
  return (exercisesByLesson(root).get(lessonId) ?? []).map((embedded) => embedded.id);
}

/**
 * What is wrong between the lessons and `exercises/index.ts`: a tag naming no exercise, an exercise no
 * lesson embeds, an exercise embedded twice. Each problem names the file and line. Empty when sound.
 */
export function exerciseEmbeddingProblems(
  root: string = process.cwd(),
  registered: readonly string[] = exercises.map((exercise) => exercise.id),
): string[] {
  const known = new Set(registered);
  const where = new Map<string, string[]>();
  const problems: string[] = [];
  for (const [lessonId, embedded] of exercisesByLesson(root)) {
    for (const { id, line } of embedded) {
      const place = `content/${lessonId}.mdx:${line}`;
      if (!known.has(id))
        problems.push(`${place}: <Terminal exercise="${id}" /> names no exercise in exercises/index.ts`);
      where.set(id, [...(where.get(id) ?? []), place]);
    }
  }
  for (const id of registered) {
    const places = where.get(id) ?? [];
    if (places.length === 0)
      problems.push(`exercises/${id}.ts: no lesson embeds it; add <Terminal exercise="${id}" /> to one`);
    if (places.length > 1)
      problems.push(`exercises/${id}.ts: embedded more than once (${places.join(', ')}); keep one`);
  }
  return problems;
}

/** Stops the build with every embedding problem listed. */
export function assertExercisesEmbedded(root?: string): void {
  const problems = exerciseEmbeddingProblems(root);
  if (problems.length) throw new Error(`Lessons and exercises disagree:\n  - ${problems.join('\n  - ')}`);
}
