// Hands server-rendered markup from the React Server Components render to the HTML render of the same page.
import type { ReactNode } from 'react';

/*
 * Why a registry on globalThis: Next renders a page twice in one process, once as React Server Components
 * (the payload inlined into the page for hydration) and once to HTML from that payload. Markup that never
 * changes in the browser (a lesson's prose, its highlighted code) need not travel in the payload: the
 * server render files it here under a key, and StaticHtml's HTML render takes it back. The two renders use
 * separate module instances (different bundler layers), so the only thing they share is the global object.
 */
const REGISTRY = '__skillshellStaticMarkup';

function registry(): Map<string, ReactNode> {
  const global = globalThis as unknown as Record<string, Map<string, ReactNode> | undefined>;
  return (global[REGISTRY] ??= new Map());
}

/** Files the children of a static element under their content key (identical markup shares one entry). */
export function registerMarkup(key: string, children: ReactNode): void {
  registry().set(key, children);
}

/** The children filed under `key`; throws when they are missing, which would blank part of a page. */
export function registeredMarkup(key: string): ReactNode {
  const map = registry();
  if (!map.has(key)) {
    throw new Error(
      `StaticHtml: no markup registered under "${key}". The server components render and the HTML render ` +
        'must run in one process (see app/_components/static-markup/markup-registry.ts).',
    );
  }
  return map.get(key);
}
