// Home: what the course is and the whole outline, every module in order, unwritten lessons greyed.
import { LessonMark } from '@/app/_components/progress/LessonMark';
import { ProgressControls } from '@/app/_components/progress/ProgressControls';
import { lessonExerciseIds } from '@/app/_components/progress/lesson-exercises';
import { exercises } from '@/exercises';
import { courseModules, loadLesson, writtenLessons } from '@/lib/content/lessons.server';

export default async function HomePage() {
  const modules = courseModules();
  const written = writtenLessons();
  const details = new Map(
    await Promise.all(
      written.map(
        async (lesson) =>
          [lesson.href, (await loadLesson(lesson.moduleSlug, lesson.slug)).frontmatter] as const,
      ),
    ),
  );
  const first = written[0];

  return (
    <main id="main" className="home">
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">Learn cloud skills by doing them</h1>
        <p className="hero-lead">
          Read a short lesson, then practise in a shell that runs entirely in this page. No cloud account, no
          real credentials, nothing to install. Checks look at what you actually did and tell you what is
          still missing.
        </p>
        {first ? (
          <p>
            <a className="button" href={first.href}>
              Start with {first.title}
            </a>
          </p>
        ) : null}
      </section>

      <ProgressControls totalExercises={exercises.length} totalLessons={written.length} />

      <section aria-labelledby="outline-title">
        <h2 id="outline-title">Course outline</h2>
        <p className="muted">
          {modules.length} modules. Lessons marked “not written yet” are planned; links appear as they are
          written.
        </p>
        <ol className="outline">
          {modules.map((mod, index) => (
            <li key={mod.slug} className="outline-module" data-empty={mod.lessons.length === 0}>
              <h3 id={`module-${mod.slug}`}>
                <span className="outline-number" aria-hidden="true">
                  {index + 1}
                </span>
                {mod.title}
              </h3>
              {mod.lessons.length === 0 ? (
                <p className="muted outline-planned">Lessons planned</p>
              ) : (
                <ol className="outline-lessons" aria-labelledby={`module-${mod.slug}`}>
                  {mod.lessons.map((lesson) => {
                    const fm = details.get(lesson.href);
                    return (
                      <li key={lesson.slug}>
                        {lesson.written && fm ? (
                          <a href={lesson.href} className="outline-lesson">
                            <span className="outline-lesson-title">{fm.title}</span>
                            <span className="outline-lesson-summary">{fm.summary}</span>
                            <span className="outline-lesson-minutes">{fm.minutes} min</span>
                            <LessonMark
                              lessonId={`${mod.slug}/${lesson.slug}`}
                              exerciseIds={lessonExerciseIds(`${mod.slug}/${lesson.slug}`)}
                            />
                          </a>
                        ) : (
                          <span className="outline-lesson unwritten">
                            <span className="outline-lesson-title">{lesson.title}</span>
                            <span className="badge">not written yet</span>
                          </span>
                        )}
                      </li>
                    );
                  })}
                </ol>
              )}
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
