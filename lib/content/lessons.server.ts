// Server-only course model: the outline joined with the lesson files that exist, neighbours, and cached compiles.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { outline, type OutlineModule } from '@/content/outline';
import { compileLesson, type CompiledLesson } from './compile-mdx.server';
import { embeddedExercises, type EmbeddedExercise } from './embedded-exercises.server';

/** A lesson as the site shows it: where it lives and whether its MDX file exists yet. */
export type CourseLesson = {
  moduleSlug: string;
  moduleTitle: string;
  slug: string;
  title: string;
  /** Site path with a trailing slash, e.g. `/lessons/aws-foundations/aws-programmatic-access/`. */
  href: string;
  /** Repository-relative path of the MDX file, e.g. `content/aws-foundations/aws-programmatic-access.mdx`. */
  file: string;
  /** False while the file does not exist: shown greyed as "not written yet", never linked. */
  written: boolean;
};

/** A module with its lessons, in outline order. */
export type CourseModule = { slug: string; title: string; lessons: CourseLesson[] };

/** A compiled lesson plus its place in the course. */
export type LoadedLesson = CompiledLesson & { lesson: CourseLesson };

const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Lists problems in an outline: bad or duplicate slugs, empty titles. Empty when the outline is sound. */
export function outlineProblems(modules: OutlineModule[]): string[] {
  const problems: string[] = [];
  const moduleSlugs = new Set<string>();
  const lessonSlugs = new Set<string>();
  for (const mod of modules) {
    if (!slugPattern.test(mod.slug)) problems.push(`module slug "${mod.slug}" is not kebab-case`);
    if (moduleSlugs.has(mod.slug)) problems.push(`module slug "${mod.slug}" is used twice`);
    if (!mod.title.trim()) problems.push(`module "${mod.slug}" has an empty title`);
    moduleSlugs.add(mod.slug);
    for (const lesson of mod.lessons) {
      if (!slugPattern.test(lesson.slug)) problems.push(`lesson slug "${lesson.slug}" is not kebab-case`);
      if (lessonSlugs.has(lesson.slug)) problems.push(`lesson slug "${lesson.slug}" is used twice`);
      if (!lesson.title.trim()) problems.push(`lesson "${lesson.slug}" has an empty title`);
      lessonSlugs.add(lesson.slug);
    }
  }
  return problems;
}

/** The outline joined with the files under `<root>/content`; throws if the outline itself is unsound. */
export function courseModules(
  root: string = process.cwd(),
  modules: OutlineModule[] = outline,
): CourseModule[] {
  const problems = outlineProblems(modules);
  if (problems.length) throw new Error(`content/outline.ts is invalid:\n  - ${problems.join('\n  - ')}`);
  return modules.map((mod) => ({
    slug: mod.slug,
    title: mod.title,
    lessons: mod.lessons.map((lesson) => {
      const file = `content/${mod.slug}/${lesson.slug}.mdx`;
      return {
        moduleSlug: mod.slug,
        moduleTitle: mod.title,
        slug: lesson.slug,
        title: lesson.title,
        href: `/lessons/${mod.slug}/${lesson.slug}/`,
        file,
        written: existsSync(path.join(root, file)),
      };
    }),
  }));
}

/** Every lesson whose file exists, in course order. */
export function writtenLessons(root: string = process.cwd()): CourseLesson[] {
  return courseModules(root).flatMap((mod) => mod.lessons.filter((lesson) => lesson.written));
}

/** MDX files under `<root>/content` that the outline does not list (they would never be reachable). */
export function orphanLessonFiles(root: string = process.cwd()): string[] {
  const listed = new Set(courseModules(root).flatMap((mod) => mod.lessons.map((lesson) => lesson.file)));
  const contentDir = path.join(root, 'content');
  if (!existsSync(contentDir)) return [];
  const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => `content/${name.split(path.sep).join('/')}`);
  return files.filter((file) => !listed.has(file)).sort();
}

/** The written lessons before and after the given one (unwritten lessons are skipped). */
export function neighbours(
  moduleSlug: string,
  lessonSlug: string,
  root: string = process.cwd(),
): { previous?: CourseLesson; next?: CourseLesson } {
  const all = writtenLessons(root);
  const index = all.findIndex((lesson) => lesson.moduleSlug === moduleSlug && lesson.slug === lessonSlug);
  if (index < 0) return {};
  return { previous: all[index - 1], next: all[index + 1] };
}

const cache = new Map<string, Promise<LoadedLesson>>();

/**
 * Compiles a written lesson once per file version (metadata, page and home share the result; in
 * `npm run dev` an edited file has a new modification time and is compiled again on reload).
 */
export function loadLesson(
  moduleSlug: string,
  lessonSlug: string,
  root: string = process.cwd(),
): Promise<LoadedLesson> {
  const lesson = writtenLessons(root).find((l) => l.moduleSlug === moduleSlug && l.slug === lessonSlug);
  if (!lesson)
    return Promise.reject(new Error(`No written lesson ${moduleSlug}/${lessonSlug} in the outline`));
  const file = path.join(root, lesson.file);
  const key = `${file}\0${statSync(file).mtimeMs}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = compileLesson(lesson.file, readFileSync(file, 'utf8')).then((compiled) => ({
      ...compiled,
      lesson,
    }));
    cache.set(key, pending);
  }
  return pending;
}

/** A written lesson's `<Terminal exercise>` tags: lesson id (`module/lesson`) → exercises in page order. */
export function exercisesByLesson(root: string = process.cwd()): Map<string, EmbeddedExercise[]> {
  const byLesson = new Map<string, EmbeddedExercise[]>();
  for (const lesson of writtenLessons(root)) {
    const source = readFileSync(path.join(root, lesson.file), 'utf8');
    byLesson.set(`${lesson.moduleSlug}/${lesson.slug}`, embeddedExercises(lesson.file, source));
  }
  return byLesson;
}
