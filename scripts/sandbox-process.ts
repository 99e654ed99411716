// Runs the headless runner (scripts/sandbox.ts) as its own process, for the runner's tests.
// tsx transpiles the whole engine on every start (~1.6 s); the tests start the runner ~70 times, so each test
// process bundles it once with esbuild (the transpiler tsx itself uses) and runs the bundle with plain node.
import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

const root = join(__dirname, '..');
let bundle: string | null = null;

/**
 * The runner bundled into node_modules/.cache (so its dependencies resolve from node_modules), once per test
 * process. Written beside and renamed into place: parallel test processes never read a half-written bundle.
 */
function runnerBundle(): string {
  if (bundle) return bundle;
  const dir = join(root, 'node_modules/.cache/skillshell');
  const outfile = join(dir, 'sandbox.mjs');
  const [output] = buildSync({
    entryPoints: [join(root, 'scripts/sandbox.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    write: false,
    logLevel: 'error',
  }).outputFiles;
  if (!output) throw new Error('esbuild wrote no bundle of scripts/sandbox.ts');
  mkdirSync(dir, { recursive: true });
  const partial = `${outfile}.${process.pid}`;
  writeFileSync(partial, output.contents);
  renameSync(partial, outfile);
  bundle = outfile;
  return outfile;
}

export interface RunnerResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

/** Feeds `script` to the runner on stdin with `args`; `via: 'npm-script'` starts it as `npm run sandbox` does (tsx). */
export function runSandbox(
  script: string,
  args: string[] = [],
  via: 'bundle' | 'npm-script' = 'bundle',
): RunnerResult {
  const [command, entry] =
    via === 'bundle'
      ? [process.execPath, runnerBundle()]
      : [join(root, 'node_modules/.bin/tsx'), join(root, 'scripts/sandbox.ts')];
  const result = spawnSync(command, [entry, ...args], {
    input: script,
    encoding: 'utf8',
    cwd: root,
    timeout: 60_000,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}
