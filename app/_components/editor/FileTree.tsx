// A small tree of the sandbox's home directory (dot-directories included) to open files in the editor.
'use client';

import type { Sandbox } from '@/lib/shell/types';
import styles from './Editor.module.css';

const MAX_DEPTH = 3;
const MAX_ENTRIES = 200;

interface Node {
  name: string;
  path: string;
  children: Node[] | null;
}

function readTree(sandbox: Sandbox, path: string, depth: number, budget: { left: number }): Node[] {
  const names = sandbox.listDirectory(path) ?? [];
  const nodes: Node[] = [];
  for (const name of [...names].sort((a, b) => a.localeCompare(b))) {
    if (budget.left-- <= 0) break;
    const child = path === '/' ? `/${name}` : `${path}/${name}`;
    const isDirectory = sandbox.listDirectory(child) !== null;
    nodes.push({
      name,
      path: child,
      children: isDirectory ? (depth < MAX_DEPTH ? readTree(sandbox, child, depth + 1, budget) : []) : null,
    });
  }
  // Directories first, like most file explorers.
  return nodes.sort((a, b) => Number(b.children !== null) - Number(a.children !== null));
}

function Tree({
  nodes,
  current,
  onOpen,
}: {
  nodes: Node[];
  current: string | null;
  onOpen(path: string): void;
}) {
  return (
    <ul className={styles.treeList}>
      {nodes.map((node) =>
        node.children ? (
          <li key={node.path}>
            <span className={styles.treeDir}>{node.name}/</span>
            {node.children.length > 0 ? (
              <Tree nodes={node.children} current={current} onOpen={onOpen} />
            ) : null}
          </li>
        ) : (
          <li key={node.path}>
            <button
              type="button"
              className={styles.treeFile}
              aria-current={node.path === current ? 'true' : undefined}
              onClick={() => onOpen(node.path)}
            >
              {node.name}
            </button>
          </li>
        ),
      )}
    </ul>
  );
}

/** The home directory as a navigable list; `version` changes when files may have changed. */
export function FileTree({
  sandbox,
  current,
  onOpen,
}: {
  sandbox: Sandbox;
  current: string | null;
  onOpen(path: string): void;
  version: number;
}) {
  const nodes = readTree(sandbox, sandbox.home, 1, { left: MAX_ENTRIES });
  return (
    <nav aria-label="Files in the sandbox home" className={styles.tree}>
      <p className={styles.treeRoot}>~/</p>
      {nodes.length === 0 ? <p className={styles.treeEmpty}>No files yet.</p> : null}
      <Tree nodes={nodes} current={current} onOpen={onOpen} />
    </nav>
  );
}
