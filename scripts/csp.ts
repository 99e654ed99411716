// Content-Security-Policy for the static export: hashes of each page's inline scripts, inserted as a <meta> tag.
import { createHash } from 'node:crypto';

/*
 * Why hashes: Next's App Router inlines its bootstrap and the page's RSC payload as <script> elements
 * (`self.__next_f.push(...)`), different on every page. A nonce needs a server per request, which a static
 * export does not have, and 'unsafe-inline' would allow any injected script. So after `next build` we hash
 * every inline script of each HTML file and list those hashes. No 'unsafe-eval' anywhere: lessons are
 * evaluated on the server at build time, and zod runs jitless (lib/zod-jitless.ts), so nothing even tries
 * eval. Styles keep 'unsafe-inline', because hashes cannot cover them: Monaco inserts <style> elements whose
 * text it computes at run time (theme, fonts, decorations), and shiki's colours are style attributes, which
 * hashes match only with 'unsafe-hashes' (no safer than listing them). `worker-src blob:` is for Monaco.
 * `npm run dev` has no CSP (it needs eval for hot reload).
 */

/** Base64 SHA-256 of a script's text, in CSP source syntax. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The text of every <script> element without a src attribute, in document order. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/\bsrc\s*=/i.test(attributes)) continue;
    scripts.push(match[2] ?? '');
  }
  return scripts;
}

/** The policy for one page, given its inline scripts. */
export function policyFor(html: string): string {
  const hashes = [...new Set(inlineScripts(html).map(scriptHash))];
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Inserts (or replaces) the CSP meta tag at the top of <head>, before any script. */
export function withCsp(html: string): string {
  const withoutOld = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(withoutOld)}"/>`;
  // Right after <meta charset> (which must stay within the first 1024 bytes), before every <script>.
  const charset = /<head>(<meta charSet="[^"]*"\/>)?/i.exec(withoutOld);
  if (!charset) throw new Error('page has no <head>');
  const at = charset.index + charset[0].length;
  return withoutOld.slice(0, at) + meta + withoutOld.slice(at);
}
