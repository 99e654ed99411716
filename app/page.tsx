// Home: what a learner can do today (written lessons, their exercises, progress) first, then the course map.
import { LessonMarkSlot } from '@/app/_components/progress/LessonMarkSlot';
import { LessonMarks } from '@/app/_components/progress/LessonMarks';
import { ProgressControls } from '@/app/_components/progress/ProgressControls';
import { lessonExerciseIds } from '@/app/_components/progress/lesson-exercises';
import { InlineMarkdown } from '@/app/_components/exercise/Markdown';
import { exercises } from '@/exercises';
import { StaticMarkup } from '@/app/_components/static-markup/StaticMarkup';
import { courseModules, loadLesson, writtenLessons } from '@/lib/content/lessons.server';

export default async function HomePage() {
  const modules = courseModules();
  const written = writtenLessons();
  const available = await Promise.all(
    written.map(async (lesson) => {
      const id = `${lesson.moduleSlug}/${lesson.slug}`;
      const { frontmatter } = await loadLesson(lesson.moduleSlug, lesson.slug);
      const ids = lessonExerciseIds(id);
      const embedded = ids.flatMap((exerciseId) => exercises.filter((e) => e.id === exerciseId));
      return { lesson, id, frontmatter, exercises: embedded };
    }),
  );
  const first = written[0];
  const plannedLessons = modules.reduce((n, mod) => n + mod.lessons.filter((l) => !l.written).length, 0);

  // Static markup travels once, as HTML; only the islands' props are in the page's hydration data.
  return (
    <StaticMarkup>
      <main id="main" className="home">
        <LessonMarks />
        <section className="hero" aria-labelledby="home-title">
          <h1 id="home-title">Learn cloud skills by doing them</h1>
          <p className="hero-lead">
            Read a short lesson, then practise in a shell that runs entirely in this page. No cloud account,
            no real credentials, nothing to install. Checks look at what you actually did and tell you what is
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

        <section aria-labelledby="available-title" className="available">
          <h2 id="available-title">Available now</h2>
          <ul className="available-list">
            {available.map(({ lesson, id, frontmatter, exercises: practice }) => (
              <li key={id} className="available-lesson">
                <h3 className="available-title">
                  <a href={lesson.href}>{frontmatter.title}</a>
                  <LessonMarkSlot lessonId={id} exerciseIds={lessonExerciseIds(id)} />
                </h3>
                <p className="available-meta">
                  {lesson.moduleTitle} · about {frontmatter.minutes} minutes
                  {practice.length
                    ? ` · ${practice.length} hands-on ${practice.length === 1 ? 'exercise' : 'exercises'}`
                    : ''}
                </p>
                <p>{frontmatter.summary}</p>
                {practice.length ? (
                  <ol className="available-exercises" aria-label={`Exercises in ${frontmatter.title}`}>
                    {practice.map((exercise) => (
                      <li key={exercise.id}>
                        <InlineMarkdown source={exercise.title} />
                      </li>
                    ))}
                  </ol>
                ) : null}
              </li>
            ))}
          </ul>
        </section>

        <ProgressControls
          exerciseIds={exercises.map((e) => e.id)}
          lessonIds={written.map((l) => `${l.moduleSlug}/${l.slug}`)}
        />

        <section aria-labelledby="outline-title" className="course-map">
          <h2 id="outline-title">Course map</h2>
          <p className="muted">
            The whole course: {modules.length} modules. {written.length}{' '}
            {written.length === 1 ? 'lesson is' : 'lessons are'} written; the other {plannedLessons} are
            coming and marked so.
          </p>
          <ol className="outline">
            {modules.map((mod, index) => {
              const ready = mod.lessons.filter((l) => l.written).length;
              return (
                <li key={mod.slug} className="outline-module" data-ready={ready > 0}>
                  <h3 id={`module-${mod.slug}`}>
                    <span className="outline-number" aria-hidden="true">
                      {index + 1}
                    </span>
                    {mod.title}
                  </h3>
                  <p className="outline-status">
                    {ready > 0 ? (
                      `${ready} of ${mod.lessons.length} lessons written`
                    ) : (
                      <span className="badge badge-coming">coming</span>
                    )}
                  </p>
                  {mod.lessons.length > 0 ? (
                    <details className="outline-details">
                      <summary>
                        {mod.lessons.length} {mod.lessons.length === 1 ? 'lesson' : 'lessons'}
                        <span className="visually-hidden"> in {mod.title}</span>
                      </summary>
                      <ol className="outline-lessons" aria-labelledby={`module-${mod.slug}`}>
                        {mod.lessons.map((lesson) => (
                          <li key={lesson.slug}>
                            {lesson.written ? (
                              <a href={lesson.href} className="outline-lesson">
                                {lesson.title}
                              </a>
                            ) : (
                              <span className="outline-lesson unwritten">
                                {lesson.title} <span className="badge">not written yet</span>
                              </span>
                            )}
                          </li>
                        ))}
                      </ol>
                    </details>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </section>
      </main>
    </StaticMarkup>
  );
}
