// Loads engine modules for a micro-benchmark the way the page runs them: bundled into one ES module (esbuild), not
// module by module as tsx transforms them. tsx compiles each file to CommonJS, where every call to a function of
// another module goes through an export getter, and wraps closures with esbuild's `__name` (keepNames): for
// call-heavy code such as the policy evaluator that roughly doubles the time, and the page has neither.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** Bundles `source` (an ES module re-exporting engine modules, paths relative to the repository) and imports it. */
export async function importBundled<T>(source: string): Promise<T> {
  const root = path.resolve(__dirname, '..');
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'warning',
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-bundle-'));
  try {
    const file = path.join(dir, 'bundle.mjs');
    writeFileSync(file, result.outputFiles[0]!.contents);
    return (await import(pathToFileURL(file).href)) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
