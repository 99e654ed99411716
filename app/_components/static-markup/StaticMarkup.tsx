// Server component: its children reach the browser as HTML only, except the islands (client components) in them.
import type { ReactNode } from 'react';
import { registerMarkup } from './markup-registry';
import { separateStaticMarkup } from './static-markup';
import { StaticHtml } from './StaticHtml';

/**
 * Wrap server-rendered content whose static parts never change in the browser (a lesson body, the course
 * outline). Client components inside keep working; their props are still sent, so content passed to them
 * as props is not made static (wrap it in its own StaticMarkup where the island renders it on the server).
 * In `next dev` it passes the children through, so hot reload can replace them.
 */
export function StaticMarkup({ children }: { children: ReactNode }) {
  if (process.env.NODE_ENV !== 'production') return <>{children}</>;
  return <>{separateStaticMarkup(children, StaticHtml, registerMarkup)}</>;
}
