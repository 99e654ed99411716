// The learner's progress as plain data: which exercises are complete and which lessons were read.

/** When something was first done (ISO 8601 time). */
export interface ProgressMark {
  at: string;
}

/** Everything the site remembers about one learner, keyed by exercise id and lesson id. */
export interface Progress {
  /** Exercise id (`configure-default-profile`) → when every check first passed. */
  exercises: Record<string, ProgressMark>;
  /** Lesson id (`aws-foundations/aws-programmatic-access`) → when it was first read to its end. */
  lessons: Record<string, ProgressMark>;
}

/** How far a learner is in one lesson: shown as marks in the sidebar and on the home page. */
export interface LessonProgress {
  read: boolean;
  completedExercises: number;
  totalExercises: number;
}

/** No progress at all. */
export function emptyProgress(): Progress {
  return { exercises: {}, lessons: {} };
}

/** Marks an exercise complete; the first completion time is kept (returns the same object when unchanged). */
export function completeExercise(progress: Progress, exerciseId: string, now: Date): Progress {
  if (progress.exercises[exerciseId]) return progress;
  return { ...progress, exercises: { ...progress.exercises, [exerciseId]: { at: now.toISOString() } } };
}

/** Marks a lesson read; the first time is kept (returns the same object when unchanged). */
export function readLesson(progress: Progress, lessonId: string, now: Date): Progress {
  if (progress.lessons[lessonId]) return progress;
  return { ...progress, lessons: { ...progress.lessons, [lessonId]: { at: now.toISOString() } } };
}

export function isExerciseComplete(progress: Progress, exerciseId: string): boolean {
  return Object.hasOwn(progress.exercises, exerciseId);
}

export function isLessonRead(progress: Progress, lessonId: string): boolean {
  return Object.hasOwn(progress.lessons, lessonId);
}

/** The marks of one lesson given the ids of its exercises. */
export function lessonProgress(
  progress: Progress,
  lessonId: string,
  exerciseIds: readonly string[],
): LessonProgress {
  return {
    read: isLessonRead(progress, lessonId),
    completedExercises: exerciseIds.filter((id) => isExerciseComplete(progress, id)).length,
    totalExercises: exerciseIds.length,
  };
}

function earlier(a: ProgressMark | undefined, b: ProgressMark): ProgressMark {
  return a && a.at <= b.at ? a : b;
}

/** Union of two progress records (an import adds to what is there; the earliest time wins). */
export function mergeProgress(base: Progress, added: Progress): Progress {
  const exercises = { ...base.exercises };
  for (const [id, mark] of Object.entries(added.exercises)) exercises[id] = earlier(exercises[id], mark);
  const lessons = { ...base.lessons };
  for (const [id, mark] of Object.entries(added.lessons)) lessons[id] = earlier(lessons[id], mark);
  return { exercises, lessons };
}

/** Short text for a lesson's marks, e.g. "read, 2 of 7 exercises done". */
export function describeLessonProgress(marks: LessonProgress): string {
  const parts = [marks.read ? 'read' : 'not read yet'];
  if (marks.totalExercises > 0) {
    parts.push(`${marks.completedExercises} of ${marks.totalExercises} exercises done`);
  }
  return parts.join(', ');
}
