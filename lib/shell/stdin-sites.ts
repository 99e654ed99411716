// Reads the input before a run: which `aws` commands get stdin from a pipe or redirection, which names `export` bare.
import type { ScriptNode } from 'just-bash';
import {
  commandName,
  isSimpleCommand,
  literalWord,
  walk,
  type AstNode,
  type Redirection,
} from './ast-visitor';

const INPUT_OPERATORS = new Set<string>(['<', '<<', '<<-', '<<<', '<>', '<&']);

function hasInputRedirection(node: AstNode): boolean {
  const redirections = node.redirections;
  if (!Array.isArray(redirections)) return false;
  return (redirections as Redirection[]).some(
    (r) => INPUT_OPERATORS.has(r.operator) && (r.fd == null || r.fd === 0),
  );
}

/** For each `name` command in the parsed input, in source order: true when its stdin is not the terminal. */
export function stdinSites(ast: ScriptNode, name = 'aws'): boolean[] {
  const out: boolean[] = [];
  walk(ast, false, (node, fed, parent, index) => {
    // A pipeline element after the first reads the pipe; a redirected command or group feeds its body.
    const here = fed || (parent?.type === 'Pipeline' && index > 0) || hasInputRedirection(node);
    if (commandName(node) === name) out.push(here);
    return here;
  });
  return out;
}

/** Names given to `export` without a value (`export X`): bash exports them without setting them. */
export function bareExports(ast: ScriptNode): Set<string> {
  const out = new Set<string>();
  walk(ast, null, (node) => {
    if (isSimpleCommand(node) && commandName(node) === 'export') {
      for (const word of node.args) {
        const text = literalWord(word);
        if (text && /^[A-Za-z_][A-Za-z0-9_]*$/.test(text)) out.add(text);
      }
    }
    return null;
  });
  return out;
}
