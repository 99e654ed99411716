// Splits a server-rendered React tree into the islands the browser hydrates and static markup it only keeps.
import { createHash } from 'node:crypto';
import {
  Fragment,
  createElement,
  isValidElement,
  type ComponentType,
  type ReactElement,
  type ReactNode,
} from 'react';

/*
 * Why: the React Server Components payload inlined into every page carries the whole tree again, so that
 * React can hydrate it: a lesson's prose and every shiki token of its code blocks, as JSON, beside the same
 * content as HTML. Only the islands (terminals, tabs, buttons) need it. Each largest subtree without an
 * island becomes a StaticHtml element that carries its tag, attributes and a content key; the HTML render
 * takes the children from the registry (markup-registry.ts), and the browser keeps the server's DOM.
 */

/** Props of the StaticHtml placeholder (see StaticHtml.tsx). */
export interface StaticHtmlProps {
  /** The element's tag, e.g. `p` or `figure`. */
  as: string;
  /** Its props as written on the server, without children; absent when it has none. */
  attributes?: Record<string, unknown>;
  /** The registry key of its children: a hash of their content. */
  markup: string;
}

type Props = Record<string, unknown> & { children?: ReactNode };
type AnyElement = ReactElement<Props>;

const CLIENT_REFERENCE = Symbol.for('react.client.reference');

function isClientReference(type: unknown): boolean {
  return (
    (typeof type === 'function' || (typeof type === 'object' && type !== null)) &&
    (type as { $$typeof?: unknown }).$$typeof === CLIENT_REFERENCE
  );
}

function isHost(element: AnyElement): element is ReactElement<Props, string> {
  return typeof element.type === 'string';
}

/** The element with other children, key and props kept (children passed as arguments: no key warnings). */
function withChildren(element: AnyElement, children: ReactNode): AnyElement {
  const { children: _old, ...props } = element.props;
  const list = Array.isArray(children) ? (children as ReactNode[]) : [children];
  // A null key must not be passed on: createElement would make it the string "null".
  const keyed = element.key === null ? props : { ...props, key: element.key };
  return createElement(element.type, keyed, ...list) as AnyElement;
}

/**
 * Calls server components (plain functions) until only host elements, fragments and islands are left.
 * Client components (islands) and anything React must render itself (async components, Suspense, …) stay.
 */
function expand(node: ReactNode): ReactNode {
  if (Array.isArray(node)) return node.map(expand);
  if (!isValidElement<Props>(node)) return node;
  const { type } = node;
  if (typeof type === 'string' || type === Fragment) return withChildren(node, expand(node.props.children));
  if (typeof type !== 'function' || isClientReference(type)) return node;
  const rendered: unknown = (type as (props: Props) => unknown)(node.props);
  if (rendered instanceof Promise) return node;
  const expanded = expand(rendered as ReactNode);
  return node.key === null ? expanded : createElement(Fragment, { key: node.key }, expanded);
}

const staticCache = new WeakMap<object, boolean>();

/** True when the subtree has only host elements, fragments and text: nothing for the browser to run. */
function isStatic(node: ReactNode): boolean {
  if (Array.isArray(node)) return node.every(isStatic);
  if (!isValidElement<Props>(node)) return typeof node !== 'object' || node === null;
  const cached = staticCache.get(node);
  if (cached !== undefined) return cached;
  const result = (typeof node.type === 'string' || node.type === Fragment) && isStatic(node.props.children);
  staticCache.set(node, result);
  return result;
}

/** A stable text form of static markup, for its content key. */
function serialize(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (Array.isArray(node)) return `[${node.map(serialize).join(',')}]`;
  if (!isValidElement<Props>(node)) return JSON.stringify(String(node));
  const { children, ...props } = node.props;
  const tag = typeof node.type === 'string' ? node.type : '';
  return `<${tag}${JSON.stringify(props)}>${serialize(children)}</>`;
}

/** Below this many characters a lone string child costs less inline than a placeholder does. */
const SHORT_TEXT = 64;

/** Worth a placeholder: element children, or a text long enough to outweigh the placeholder. */
function hasMarkupChildren(element: AnyElement): boolean {
  const { children, dangerouslySetInnerHTML } = element.props;
  if (dangerouslySetInnerHTML !== undefined) return false;
  if (typeof children === 'string') return children.length >= SHORT_TEXT;
  return Array.isArray(children) ? children.some((child) => isValidElement(child)) : isValidElement(children);
}

/** What to do with each static element's children: file them, return their key. */
export type RegisterMarkup = (key: string, children: ReactNode) => void;

function seal(
  node: ReactNode,
  staticHtml: ComponentType<StaticHtmlProps>,
  register: RegisterMarkup,
): ReactNode {
  if (Array.isArray(node)) return node.map((child: ReactNode) => seal(child, staticHtml, register));
  if (!isValidElement<Props>(node)) return node;
  const walkChildren = () => withChildren(node, seal(node.props.children, staticHtml, register));
  if (node.type === Fragment) return walkChildren();
  if (!isHost(node)) return node;
  if (!isStatic(node)) return walkChildren();
  if (!hasMarkupChildren(node)) return node;
  const { children, ...attributes } = node.props;
  const markup = createHash('sha256').update(serialize(children)).digest('base64url').slice(0, 16);
  register(markup, children);
  const props: StaticHtmlProps & { key?: string } = { as: node.type, markup };
  if (node.key !== null) props.key = node.key;
  if (Object.keys(attributes).length > 0) props.attributes = attributes;
  return createElement(staticHtml, props);
}

/**
 * The tree as the browser needs it: islands and the elements around them as they were, every largest
 * static element replaced by a `staticHtml` placeholder whose children were passed to `register`.
 */
export function separateStaticMarkup(
  node: ReactNode,
  staticHtml: ComponentType<StaticHtmlProps>,
  register: RegisterMarkup,
): ReactNode {
  return seal(expand(node), staticHtml, register);
}
