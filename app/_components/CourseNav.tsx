// The course outline as a navigation tree: modules collapse (details/summary), the current lesson is marked.
// Plain <a> links, not next/link: pages are static files loaded whole, and Link costs ~3 kB gzip on every page.
import type { CourseModule } from '@/lib/content/lessons.server';
import { LessonMarkSlot } from './progress/LessonMarkSlot';
import { lessonExerciseIds } from './progress/lesson-exercises';

type Props = {
  modules: CourseModule[];
  /** `module/lesson` of the page being shown, if any. */
  current?: { moduleSlug: string; lessonSlug: string };
};

export function CourseNav({ modules, current }: Props) {
  return (
    <ol className="course-nav">
      {modules.map((mod) => (
        <li key={mod.slug} className="course-nav-module">
          {mod.lessons.length === 0 ? (
            <span className="course-nav-empty">
              {mod.title} <span className="visually-hidden">(lessons not planned yet)</span>
            </span>
          ) : (
            <details open={current?.moduleSlug === mod.slug}>
              <summary>{mod.title}</summary>
              <ol>
                {mod.lessons.map((lesson) => {
                  const isCurrent = current?.moduleSlug === mod.slug && current.lessonSlug === lesson.slug;
                  return (
                    <li key={lesson.slug}>
                      {lesson.written ? (
                        <a href={lesson.href} aria-current={isCurrent ? 'page' : undefined}>
                          {lesson.title}
                          <LessonMarkSlot
                            lessonId={`${mod.slug}/${lesson.slug}`}
                            exerciseIds={lessonExerciseIds(`${mod.slug}/${lesson.slug}`)}
                          />
                        </a>
                      ) : (
                        <span className="unwritten">
                          {lesson.title}
                          <span className="visually-hidden"> (not written yet)</span>
                        </span>
                      )}
                    </li>
                  );
                })}
              </ol>
            </details>
          )}
        </li>
      ))}
    </ol>
  );
}
