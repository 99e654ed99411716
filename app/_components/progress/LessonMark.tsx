// A lesson's progress marks in words ("read · 2/7 exercises") beside its link in the sidebar and on the home page.
'use client';

import { describeLessonProgress, lessonProgress } from '@/lib/progress/progress';
import { useProgress } from './progress-client';
import styles from './Progress.module.css';

export function LessonMark({ lessonId, exerciseIds }: { lessonId: string; exerciseIds: string[] }) {
  const progress = useProgress();
  // Nothing on the server and before hydration: the marks are the learner's, in their browser only.
  if (!progress) return null;
  const marks = lessonProgress(progress, lessonId, exerciseIds);
  const started = marks.read || marks.completedExercises > 0;
  const complete = marks.read && marks.completedExercises === marks.totalExercises;
  return (
    <span
      className={styles.mark}
      data-state={complete ? 'complete' : started ? 'started' : 'new'}
      data-lesson-mark={lessonId}
    >
      {/* Words, not a bare ✓ and a fraction that read like a score. */}
      <span aria-hidden="true">
        {[
          marks.read ? 'read' : null,
          marks.totalExercises > 0 ? `${marks.completedExercises}/${marks.totalExercises} exercises` : null,
        ]
          .filter(Boolean)
          .join(' · ') || 'not read yet'}
      </span>
      <span className="visually-hidden">({describeLessonProgress(marks)})</span>
    </span>
  );
}
