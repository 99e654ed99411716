// V8's explicit compile hints (Chrome 136+): a chunk that starts with the magic comment is compiled whole, on a
// background thread while it streams in, instead of function by function on the main thread when each is first
// called. The build marks every chunk but the editor's (scripts/build.ts); other browsers ignore the comment.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** A string only Monaco's chunk contains: the editor loads on first use and runs a small part of its 2.8 MB. */
const EDITOR_MARKER = 'MonacoEnvironment';

/**
 * The chunks to mark (paths under `outDir`): every script chunk except the editor's. A chunk is only compiled
 * when a page loads it, and what loads (the page, the terminal, the engine, an exercise, a command or an `aws`
 * service on first use) runs most of its code then; the editor does not.
 */
export function chunksToHint(outDir: string): string[] {
  const dir = path.join(outDir, '_next/static/chunks');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .filter((name) => !readFileSync(path.join(dir, name), 'utf8').includes(EDITOR_MARKER))
    .sort()
    .map((name) => `_next/static/chunks/${name}`);
}

/**
 * Puts the hint at the top of `file` (a path under `outDir`), once. Its source map, when the build wrote one,
 * is shifted by the added line so that the analysis of an engine build (scripts/engine-modules.ts) stays right.
 */
export function addCompileHint(outDir: string, file: string): void {
  const script = path.join(outDir, file);
  const text = readFileSync(script, 'utf8');
  if (text.startsWith(COMPILE_HINT)) return;
  writeFileSync(script, COMPILE_HINT + text);
  const map = `${script}.map`;
  if (!existsSync(map)) return;
  const parsed = JSON.parse(readFileSync(map, 'utf8')) as { mappings?: string; sections?: unknown };
  if (typeof parsed.mappings === 'string') parsed.mappings = `;${parsed.mappings}`;
  else if (Array.isArray(parsed.sections))
    for (const section of parsed.sections as { offset?: { line: number } }[])
      if (section.offset) section.offset.line += 1;
  writeFileSync(map, JSON.stringify(parsed));
}
