// One element of static markup: rendered from the registry into the HTML, kept as it is in the browser.
'use client';
import { createElement } from 'react';
import { registeredMarkup } from './markup-registry';
import type { StaticHtmlProps } from './static-markup';

const KEY_ATTRIBUTE = 'data-static-markup';

/** The server's HTML of each key, read from the page once (a client render after a failed hydration needs it). */
const serverHtml = new Map<string, string>();

function htmlInPage(key: string): string {
  let html = serverHtml.get(key);
  if (html === undefined) {
    html = document.querySelector(`[${KEY_ATTRIBUTE}="${key}"]`)?.innerHTML ?? '';
    serverHtml.set(key, html);
  }
  return html;
}

/**
 * On the server, the element with its registered children. In the browser, the same element whose inner
 * HTML React leaves alone: hydration does not touch `dangerouslySetInnerHTML` content, and the value given is
 * the page's own, so even a client render (React's recovery from a hydration error) shows the same markup.
 * Pages that use it are only ever loaded as documents (links are plain <a>, never soft navigation).
 */
export function StaticHtml({ as, attributes, markup }: StaticHtmlProps) {
  if (typeof window === 'undefined')
    return createElement(as, { ...attributes, [KEY_ATTRIBUTE]: markup }, registeredMarkup(markup));
  return createElement(as, {
    ...attributes,
    [KEY_ATTRIBUTE]: markup,
    suppressHydrationWarning: true,
    dangerouslySetInnerHTML: { __html: htmlInPage(markup) },
  });
}
