// The AST walker, and the shapes of just-bash's tree it assumes (a failure names the shape that changed).
import { describe, expect, test } from 'vitest';
import { commandName, literalWord, mapTree, walk, type AstNode } from './ast-visitor';
import { parseScript } from './parser';
import { bareExports, stdinSites } from './stdin-sites';

function names(script: string): string[] {
  const out: string[] = [];
  walk(parseScript(script), null, (node) => {
    const name = commandName(node);
    if (name) out.push(name);
    return null;
  });
  return out;
}

describe('walk', () => {
  test('visits commands in source order, inside pipelines, groups, loops, functions and $( )', () => {
    expect(names('a | b; { c; }; for i in 1; do d; done; f() { e; }; x=$(g)')).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'g',
    ]);
  });

  test('passes the parent and the index in the pipeline down', () => {
    const seen: [string | null, string | undefined, number][] = [];
    walk(parseScript('a | b'), null, (node, _c, parent, index) => {
      if (node.type === 'SimpleCommand') seen.push([commandName(node), parent?.type, index]);
      return null;
    });
    expect(seen, 'PipelineNode.commands holds the commands').toEqual([
      ['a', 'Pipeline', 0],
      ['b', 'Pipeline', 1],
    ]);
  });
});

describe('just-bash tree shapes', () => {
  test('a plain word is one Literal part; a quoted one is not', () => {
    const command = parseScript('echo hi "q"').statements[0]?.pipelines[0]?.commands[0] as unknown as AstNode;
    const args = command.args as unknown[];
    expect(literalWord(args[0]), 'WordNode.parts = [{ type: "Literal", value }]').toBe('hi');
    expect(literalWord(args[1])).toBeNull();
  });

  test('redirections carry operator and fd', () => {
    expect(stdinSites(parseScript('aws a < f; aws b; echo x | aws c; { aws d; } <<< s'))).toEqual([
      true,
      false,
      true,
      true,
    ]);
  });

  test('bare export names', () => {
    expect([...bareExports(parseScript('export A B=1 "C"; export D'))]).toEqual(['A', 'D']);
  });
});

describe('mapTree', () => {
  test('replaces nodes in a copy and leaves the original alone', () => {
    const ast = parseScript('echo a; echo b');
    const mapped = mapTree(ast, (node) =>
      node.type === 'Literal' && node.value === 'b' ? { ...node, value: 'c' } : undefined,
    );
    const word = (tree: typeof ast) => {
      const command = tree.statements[1]?.pipelines[0]?.commands[0] as unknown as { args: unknown[] };
      return literalWord(command.args[0]);
    };
    expect(word(mapped)).toBe('c');
    expect(word(ast)).toBe('b');
  });
});
