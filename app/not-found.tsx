// The 404 page: says so plainly and offers the way back to the outline.
import type { Metadata } from 'next';

export const metadata: Metadata = {
  title: 'Page not found',
  description: 'This page does not exist. Go back to the course outline.',
};

export default function NotFound() {
  return (
    <main id="main" className="not-found">
      <h1>Page not found</h1>
      <p>There is no page at this address. The lesson may not be written yet, or the link has a typo.</p>
      <p>
        <a className="button" href="/">
          Back to the course outline
        </a>
      </p>
    </main>
  );
}
