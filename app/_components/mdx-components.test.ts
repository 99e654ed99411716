// The MDX registry rendered on the server: what a lesson's HTML looks like before any JavaScript runs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { compileLesson } from '@/lib/content/compile-mdx.server';
import { Callout } from './Callout';
import { LessonBody } from './LessonBody';
import { mdxComponents } from './mdx-components';
import { OsTab, OsTabs } from './OsTabs';
import { renderCompleteHtml } from './render-html';

const fixture = path.resolve(__dirname, '../../lib/content/fixtures/valid.mdx');

async function renderFixture(): Promise<string> {
  const { code } = await compileLesson('valid.mdx', readFileSync(fixture, 'utf8'));
  return renderCompleteHtml(createElement(LessonBody, { code }));
}

const tabs = (...oses: string[]) =>
  createElement(
    OsTabs,
    null,
    ...oses.map((os) => createElement(OsTab, { os: os as 'linux', key: os }, `${os} text`)),
  );

describe('lesson HTML from the registry', () => {
  test('every code block has a copy button and build-time colours; no script is inlined', async () => {
    const html = await renderFixture();
    expect(html.match(/<pre/g)?.length).toBe(1);
    expect(html.match(/class="copy-button"/g)?.length).toBe(1);
    expect(html).toContain('--shiki-dark');
    expect(html).toContain('data-runnable=""');
    expect(html).not.toContain('<script');
  });

  test('an exercise renders its goal, terminal and checklist, and GFM tables get a named scroll region', async () => {
    const html = await renderFixture();
    expect(html).toMatch(/<section[^>]*aria-labelledby="exercise-configure-default-profile"/);
    expect(html).toContain('aria-label="Terminal: configure default profile"');
    expect(html).toContain('The default profile uses the region eu-west-1');
    expect(html).toContain('<code>aws configure</code>');
    expect(html).toContain('role="region" aria-label="Table: Setting, Where" tabindex="0"');
    expect(html).toContain('aria-label="Table: Access keys"');
  });

  test('each h2 opens a section that runs to the next h2; the introduction stays outside', async () => {
    const source =
      '---\ntitle: T\nsummary: S\nminutes: 1\n---\n\nIntro.\n\n## One\n\nA.\n\n### Sub\n\nB.\n\n## Two\n\nC.\n';
    const { code } = await compileLesson('sections.mdx', source);
    const html = (await renderCompleteHtml(createElement(LessonBody, { code }))).replace(/\n/g, '');
    expect(html).toContain(
      '<p>Intro.</p><section class="lesson-section"><h2 id="one">One</h2><p>A.</p><h3 id="sub">Sub</h3><p>B.</p></section>' +
        '<section class="lesson-section"><h2 id="two">Two</h2><p>C.</p></section>',
    );
  });

  test('the server renders the first OS tab selected and the others hidden', () => {
    const html = renderToStaticMarkup(tabs('macos', 'windows'));
    expect(html).toMatch(/role="tab"[^>]*aria-selected="true"[^>]*>macOS</);
    expect(html).toMatch(/role="tab"[^>]*aria-selected="false"[^>]*tabindex="-1"[^>]*>Windows</);
    expect(html).toMatch(/role="tabpanel"[^>]*tabindex="0"[^>]*>macos text</);
    expect(html).toMatch(/role="tabpanel"[^>]*hidden=""[^>]*>windows text</);
  });

  test('OsTabs refuses unknown or repeated operating systems', () => {
    expect(() => renderToStaticMarkup(tabs('linux', 'beos'))).toThrow(/<OsTab os="linux\|macos\|windows">/);
    expect(() => renderToStaticMarkup(tabs('linux', 'linux'))).toThrow(/at most once/);
  });

  test('a callout announces its type in text and refuses unknown types', () => {
    const html = renderToStaticMarkup(createElement(Callout, { type: 'danger', title: 'Root' }, 'Body'));
    expect(html).toContain('role="note"');
    expect(html).toContain(
      '<span class="callout-label">Danger</span><span class="callout-heading">Root</span>',
    );
    expect(() => renderToStaticMarkup(createElement(Callout, { type: 'tip' as 'note' }, 'x'))).toThrow(
      'must be note, warning or danger',
    );
  });

  test('the registry offers every name the README documents', () => {
    expect(Object.keys(mdxComponents)).toEqual(
      expect.arrayContaining(['Callout', 'OsTab', 'OsTabs', 'Terminal', 'pre', 'table']),
    );
  });
});
