// Where a lesson's progress mark goes: an empty element in the server's HTML that LessonMarks fills in the browser.
import styles from './Progress.module.css';

/** The attribute LessonMarks finds the slots by; its value is the lesson id. */
export const LESSON_MARK_SLOT = 'data-lesson-mark-slot';

/**
 * A slot instead of a LessonMark island per link keeps the course outline static markup (one piece of HTML,
 * nothing in the page's hydration data); the marks are the learner's and appear after hydration anyway.
 */
export function LessonMarkSlot({ lessonId, exerciseIds }: { lessonId: string; exerciseIds: string[] }) {
  return (
    <span
      className={styles.slot}
      {...{ [LESSON_MARK_SLOT]: lessonId, 'data-exercise-ids': exerciseIds.join(' ') }}
    />
  );
}
