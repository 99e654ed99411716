// A lesson page: sidebar outline, the lesson compiled at build time, "On this page", previous and next.
import type { Metadata } from 'next';
import { CourseNav } from '@/app/_components/CourseNav';
import { LessonBody } from '@/app/_components/LessonBody';
import { PrevNext } from '@/app/_components/PrevNext';
import { LessonMarks } from '@/app/_components/progress/LessonMarks';
import { LessonReadTracker } from '@/app/_components/progress/LessonReadTracker';
import { assertExercisesEmbedded } from '@/app/_components/progress/lesson-exercises';
import { ProgressNotice } from '@/app/_components/progress/ProgressNotice';
import { SidebarDrawer } from '@/app/_components/SidebarDrawer';
import { StaticMarkup } from '@/app/_components/static-markup/StaticMarkup';
import { TableOfContents } from '@/app/_components/TableOfContents';
import { courseModules, loadLesson, neighbours, writtenLessons } from '@/lib/content/lessons.server';

type Params = { module: string; lesson: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  // The build stops here, naming file and line, when a lesson's <Terminal exercise> and the registry disagree.
  assertExercisesEmbedded();
  return writtenLessons().map((lesson) => ({ module: lesson.moduleSlug, lesson: lesson.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { module, lesson } = await params;
  const { frontmatter } = await loadLesson(module, lesson);
  return { title: frontmatter.title, description: frontmatter.summary };
}

export default async function LessonPage({ params }: { params: Promise<Params> }) {
  const { module, lesson } = await params;
  const loaded = await loadLesson(module, lesson);
  const { previous, next } = neighbours(module, lesson);
  const { frontmatter } = loaded;

  // Static markup travels once, as HTML; only the islands' props are in the page's hydration data.
  return (
    <StaticMarkup>
      <div className="lesson-layout">
        <SidebarDrawer>
          <StaticMarkup>
            <CourseNav modules={courseModules()} current={{ moduleSlug: module, lessonSlug: lesson }} />
          </StaticMarkup>
        </SidebarDrawer>
        <main id="main" className="lesson-main">
          <header className="lesson-header">
            <p className="lesson-module">{loaded.lesson.moduleTitle}</p>
            <h1 id="lesson-title">{frontmatter.title}</h1>
            <p className="lesson-summary">{frontmatter.summary}</p>
            <p className="lesson-meta">About {frontmatter.minutes} minutes of reading and practice</p>
            <ProgressNotice />
          </header>
          <TableOfContents headings={loaded.headings} />
          <article className="lesson-body" aria-labelledby="lesson-title">
            <LessonBody code={loaded.code} />
          </article>
          <LessonReadTracker lessonId={`${module}/${lesson}`} />
          <LessonMarks />
          <PrevNext previous={previous} next={next} />
        </main>
      </div>
    </StaticMarkup>
  );
}
