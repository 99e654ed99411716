// The one walker over just-bash's syntax tree (its exported node types): analyses and rewrites use it.
import type { ScriptNode, SimpleCommandNode, WordNode } from 'just-bash';

/** One part of a word (`Literal`, `DoubleQuoted`, `ParameterExpansion`…), as just-bash types it. */
export type WordPart = WordNode['parts'][number];
/** One redirection of a command (`<`, `2>&1`, `<<EOF`…). */
export type Redirection = SimpleCommandNode['redirections'][number];

/** Any node of the tree: every node object has a string `type`. */
export interface AstNode {
  type: string;
  [key: string]: unknown;
}

function isNode(value: unknown): value is AstNode {
  return (
    typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
  );
}

/**
 * Visits every node depth-first in source order. `enter` gets the node, the context its parent passed
 * down, the parent and the node's index in the parent's list; it returns the context for the children.
 */
export function walk<C>(
  root: ScriptNode | AstNode,
  context: C,
  enter: (node: AstNode, context: C, parent: AstNode | null, index: number) => C,
): void {
  const visit = (value: unknown, ctx: C, parent: AstNode | null, index: number): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, ctx, parent, i));
      return;
    }
    if (!isNode(value)) return;
    const inner = enter(value, ctx, parent, index);
    for (const child of Object.values(value)) {
      if (typeof child === 'object' && child !== null) visit(child, inner, value, -1);
    }
  };
  visit(root, context, null, -1);
}

/** A copy of the tree where `replace` may substitute any node (children of a replaced node are not visited). */
export function mapTree<T extends ScriptNode>(root: T, replace: (node: AstNode) => AstNode | undefined): T {
  const map = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(map);
    if (typeof value !== 'object' || value === null) return value;
    const replaced = isNode(value) ? replace(value) : undefined;
    if (replaced) return replaced;
    const copy: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) copy[key] = map(child);
    return copy;
  };
  return map(root) as T;
}

/** The text of a word made of one literal part (`ls`, `-f`), else null (quoted, expanded or empty). */
export function literalWord(word: unknown): string | null {
  const parts = (word as WordNode | null | undefined)?.parts;
  if (!Array.isArray(parts) || parts.length !== 1) return null;
  const part = parts[0] as WordPart;
  return part.type === 'Literal' ? part.value : null;
}

export function isSimpleCommand(node: AstNode): node is AstNode & SimpleCommandNode {
  return node.type === 'SimpleCommand';
}

/** A simple command's name when written literally, else null. */
export function commandName(node: AstNode): string | null {
  return isSimpleCommand(node) ? literalWord(node.name) : null;
}
