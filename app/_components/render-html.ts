// For tests of server output: a React tree as the build renders it, lazy islands (Suspense) included.
import type { ReactNode } from 'react';
import { prerender } from 'react-dom/static';

/** The HTML of `node` once everything suspended has resolved (renderToStaticMarkup would show fallbacks). */
export async function renderCompleteHtml(node: ReactNode): Promise<string> {
  const { prelude } = await prerender(node);
  return new Response(prelude).text();
}
