// Previous / next lesson links (unwritten lessons are skipped by the caller).
import type { CourseLesson } from '@/lib/content/lessons.server';

export function PrevNext({ previous, next }: { previous?: CourseLesson; next?: CourseLesson }) {
  if (!previous && !next) return null;
  return (
    <nav className="prev-next" aria-label="Previous and next lessons">
      {previous ? (
        <a href={previous.href} rel="prev" className="prev">
          <span className="prev-next-label">Previous</span>
          {previous.title}
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a href={next.href} rel="next" className="next">
          <span className="prev-next-label">Next</span>
          {next.title}
        </a>
      ) : null}
    </nav>
  );
}
