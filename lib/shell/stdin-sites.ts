// Reads the input before a run: which `aws` commands get stdin from a pipe or redirection, which names `export` bare.
import type { ScriptNode } from 'just-bash';

const INPUT_OPERATORS = new Set(['<', '<<', '<<-', '<<<', '<>', '<&']);

type Node = { [key: string]: unknown };

function hasInputRedirection(node: Node): boolean {
  const redirections = node.redirections;
  if (!Array.isArray(redirections)) return false;
  return redirections.some(
    (r: Node) => INPUT_OPERATORS.has(String(r.operator)) && (r.fd == null || r.fd === 0),
  );
}

function commandName(node: Node): string | null {
  const name = node.name as Node | null;
  const parts = name?.parts;
  if (!Array.isArray(parts) || parts.length !== 1) return null;
  const part = parts[0] as Node;
  return part.type === 'Literal' ? String(part.value) : null;
}

function walk(value: unknown, fed: boolean, out: boolean[], name: string): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, fed, out, name);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const node = value as Node;
  const here = fed || hasInputRedirection(node);
  if (node.type === 'SimpleCommand' && commandName(node) === name) out.push(here);
  if (node.type === 'Pipeline' && Array.isArray(node.commands)) {
    node.commands.forEach((command, index) => walk(command, here || index > 0, out, name));
    return;
  }
  for (const [key, child] of Object.entries(node)) {
    if (key !== 'redirections') walk(child, here, out, name);
  }
}

/** For each `name` command in the parsed input, in source order: true when its stdin is not the terminal. */
export function stdinSites(ast: ScriptNode, name = 'aws'): boolean[] {
  const out: boolean[] = [];
  walk(ast, false, out, name);
  return out;
}

function collectBareExports(value: unknown, out: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectBareExports(item, out);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const node = value as Node;
  if (node.type === 'SimpleCommand' && commandName(node) === 'export' && Array.isArray(node.args)) {
    for (const word of node.args as Node[]) {
      const parts = word.parts;
      const part = Array.isArray(parts) && parts.length === 1 ? (parts[0] as Node) : null;
      if (part?.type === 'Literal' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(String(part.value)))
        out.add(String(part.value));
    }
  }
  for (const child of Object.values(node)) collectBareExports(child, out);
}

/** Names given to `export` without a value (`export X`): bash exports them without setting them. */
export function bareExports(ast: ScriptNode): Set<string> {
  const out = new Set<string>();
  collectBareExports(ast, out);
  return out;
}
