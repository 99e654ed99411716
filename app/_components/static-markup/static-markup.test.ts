// The split of a server tree into islands and static markup: same HTML, and only islands keep their props.
import { createElement, Fragment, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from 'vitest';
import { separateStaticMarkup, type StaticHtmlProps } from './static-markup';

/** What a client component is on the server: a reference React cannot call there. */
function Island(_props: { label: string }) {
  return null;
}
Object.assign(Island, { $$typeof: Symbol.for('react.client.reference') });

/** A server component (a plain function). */
function Note({ children }: { children?: ReactNode }) {
  return createElement('aside', { className: 'note' }, createElement('p', null, children));
}

async function AsyncPart() {
  return createElement('p', null, 'later');
}

function split(node: ReactNode) {
  const registry = new Map<string, ReactNode>();
  const Placeholder = ({ as, attributes, markup }: StaticHtmlProps) =>
    createElement(as, attributes, registry.get(markup));
  const tree = separateStaticMarkup(node, Placeholder, (key, children) => registry.set(key, children));
  return { tree, registry, Placeholder };
}

const long = 'A sentence long enough to cost more inline than as a placeholder, by some margin.';

const lesson = () =>
  createElement(
    'div',
    { className: 'prose' },
    createElement('p', null, 'Intro with ', createElement('code', null, 'aws')),
    createElement(Note, null, 'Mind the ', createElement('strong', null, 'secret')),
    createElement('h2', { id: 'short' }, 'Short title'),
    createElement('p', null, long),
    createElement(Island, { label: 'terminal' }),
    createElement(
      'ul',
      { key: 'list' },
      createElement('li', { key: 'a' }, 'one'),
      createElement('li', { key: 'b' }, 'two'),
    ),
  );

test('the split tree renders exactly the HTML of the original', () => {
  const { tree } = split(lesson());
  expect(renderToStaticMarkup(tree)).toBe(renderToStaticMarkup(lesson()));
});

test('static elements become placeholders; islands, their parents and short texts stay as they were', () => {
  const { tree, registry, Placeholder } = split(lesson());
  const root = tree as React.ReactElement<{ children: React.ReactElement<Record<string, unknown>>[] }>;
  expect(root.type).toBe('div');
  const [intro, note, title, paragraph, island, list] = root.props.children;
  expect(intro?.type).toBe(Placeholder);
  expect(intro?.props).toMatchObject({ as: 'p' });
  // A server component is rendered on the server: its output is what becomes static.
  expect(note?.props).toMatchObject({ as: 'aside', attributes: { className: 'note' } });
  expect(title).toMatchObject({ type: 'h2', props: { id: 'short', children: 'Short title' } });
  expect(paragraph?.type).toBe(Placeholder);
  expect(island?.type).toBe(Island);
  expect(island?.props).toEqual({ label: 'terminal' });
  expect(list?.type).toBe(Placeholder);
  expect(list?.key).toBe('list');
  expect(registry.size).toBe(4);
});

test('the key is the content: the same markup twice is one entry, other markup another', () => {
  const { tree, registry } = split(
    createElement(
      Fragment,
      null,
      createElement('p', { key: 1 }, long),
      createElement('p', { key: 2 }, long),
      createElement('p', { key: 3 }, `${long}!`),
      createElement(Island, { key: 4, label: 'x' }),
    ),
  );
  const keys = (
    tree as React.ReactElement<{ children: React.ReactElement<StaticHtmlProps>[] }>
  ).props.children
    .slice(0, 3)
    .map((placeholder) => placeholder.props.markup);
  expect(keys[0]).toBe(keys[1]);
  expect(keys[2]).not.toBe(keys[0]);
  expect(registry.size).toBe(2);
});

test('an async server component is left for React to render', () => {
  const { tree, registry } = split(createElement('div', null, createElement(AsyncPart)));
  const root = tree as React.ReactElement<{ children: React.ReactElement }>;
  expect(root.props.children.type).toBe(AsyncPart);
  expect(registry.size).toBe(0);
});
