// "On this page": links to the lesson's h2 and h3 headings (ids from rehype-slug).
import type { TocHeading } from '@/lib/content/rehype-collect-headings';
import { TocHighlighter } from './TocHighlighter';

export function TableOfContents({ headings }: { headings: TocHeading[] }) {
  if (headings.length === 0) return null;
  return (
    <nav className="toc" id="toc" aria-labelledby="toc-title">
      <p id="toc-title" className="toc-title">
        On this page
      </p>
      <ol>
        {headings.map((heading) => (
          <li key={heading.id} className={heading.depth === 3 ? 'toc-sub' : undefined}>
            <a href={`#${heading.id}`}>{heading.text}</a>
          </li>
        ))}
      </ol>
      <TocHighlighter tocId="toc" />
    </nav>
  );
}
