// Server side: which exercises belong to a lesson (from the registry), so marks can count them.
import { exercises } from '@/exercises';

/** Ids of the lesson's exercises (`module/lesson` id), in registry order. */
export function lessonExerciseIds(lessonId: string): string[] {
  return exercises.filter((exercise) => exercise.lesson === lessonId).map((exercise) => exercise.id);
}
