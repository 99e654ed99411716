// `npm run bench:engine`: the main-thread CPU time the sandbox engine costs a cold, unthrottled lesson load, from
// a Chrome trace (medians of BENCH_RUNS ≥ 5). Needs a build; serves out/ (or BENCH_OUT) on BENCH_PORT.
// Thread time (`tdur`), not wall time: on a shared machine a task's wall time grows with the load, its CPU does not.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { engineChunks } from '../scripts/engine-chunks';
import { origin, SERVER_FLAGS, serveStatic } from './static-server';
import { BENCH_BROWSER_FLAGS, chromiumPath } from './chromium';
import { COMMAND, INPUT, LESSON, outputShown } from './lesson-visit';
import { median } from './stats';

const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
const PORT = Number(process.env.BENCH_PORT ?? 3108);
const OUT = path.resolve(process.env.BENCH_OUT ?? 'out');
const BASE = origin(PORT);

/** The few fields of Chrome's trace events read here. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event: unlike `dur`, it does not grow when other processes take the cores. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

/** The main-thread figures of one trace, in ms of CPU. */
export interface StartupFigures {
  /** Tasks that evaluate an engine chunk: compiling it, and the microtasks that run its modules and start sandboxes. */
  engineEvaluate: number;
  /** Tasks that evaluate another chunk loaded after the page's own scripts (an exercise, the grading, a command). */
  lazyEvaluate: number;
  /** Every main-thread task from navigation to the end of the trace. */
  mainThreadBusy: number;
  /** The longest of those tasks. */
  longestTask: number;
}

/**
 * Reads a trace: the top-level tasks (`RunTask`) of the renderer's main thread after navigation, each counted
 * once, as engine work when a script it compiles or evaluates is an engine chunk, else as later work when one
 * is another lazily loaded chunk.
 */
export function startupFigures(
  events: TraceEvent[],
  isEngine: (url: string) => boolean,
  isLazy: (url: string) => boolean,
): StartupFigures {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) throw new Error('no CrRendererMain thread in the trace');
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const navigation = events.find((e) => e.name === 'navigationStart')?.ts ?? 0;
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ts >= navigation);
  const scripts = onMain.filter(
    (e) => (e.name === 'EvaluateScript' || e.name === 'v8.compile') && e.args?.data?.url,
  );
  const figures: StartupFigures = { engineEvaluate: 0, lazyEvaluate: 0, mainThreadBusy: 0, longestTask: 0 };
  for (const task of tasks) {
    const dur = (task.tdur ?? task.dur ?? 0) / 1000;
    figures.mainThreadBusy += dur;
    figures.longestTask = Math.max(figures.longestTask, dur);
    const urls = scripts
      .filter((s) => s.ts >= task.ts && s.ts < task.ts + (task.dur ?? 0))
      .map((s) => s.args?.data?.url ?? '');
    if (urls.some(isEngine)) figures.engineEvaluate += dur;
    else if (urls.some(isLazy)) figures.lazyEvaluate += dur;
  }
  return figures;
}

type Run = StartupFigures & { scriptBytes: number };

/** One cold visit (fresh context, cache disabled): wait until the sandbox is ready, run the command, trace all. */
async function coldRun(browser: Browser, engine: Set<string>, pageScripts: Set<string>): Promise<Run> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const wire: Promise<number>[] = [];
  page.on('requestfinished', (request) => {
    if (!new URL(request.url()).pathname.endsWith('.js')) return;
    wire.push(
      request.sizes().then(
        (sizes) => sizes.responseBodySize,
        () => 0,
      ),
    );
  });
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'],
  });
  await page.goto(BASE + LESSON, { waitUntil: 'commit' });
  // As a learner (and bench:web) does: type the moment the input appears (focus starts the sandbox).
  const input = page.locator(INPUT).first();
  await input.waitFor({ state: 'visible', timeout: 120_000 });
  await input.fill(COMMAND);
  await input.press('Enter');
  await outputShown(page, 'Location', 60_000);
  const scriptBytes = (await Promise.all(wire)).reduce((sum, bytes) => sum + bytes, 0);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  await context.close();
  const file = (url: string) => (url.startsWith(BASE) ? new URL(url).pathname.replace(/^\//, '') : '');
  const isEngine = (url: string) => engine.has(file(url));
  const isLazy = (url: string) => file(url).startsWith('_next/') && !pageScripts.has(file(url));
  return { ...startupFigures(trace.traceEvents, isEngine, isLazy), scriptBytes };
}

async function main() {
  const engine = new Set(engineChunks(OUT));
  const html = readFileSync(path.join(OUT, LESSON, 'index.html'), 'utf8');
  const pageScripts = new Set(
    [...html.matchAll(/<script\b[^>]*\bsrc="\/([^"?]+)/g)].map((match) => match[1] ?? ''),
  );
  const server = await serveStatic(OUT, PORT);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...BENCH_BROWSER_FLAGS, ...SERVER_FLAGS],
  });
  try {
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await coldRun(browser, engine, pageScripts));
    const m = (pick: (run: Run) => number) => `${median(runs.map(pick)).toFixed(0)} ms`;
    console.log(
      `bench:engine — ${OUT}, ${RUNS} cold unthrottled runs (fresh context, cache disabled), medians`,
    );
    console.log(
      `main-thread CPU (trace thread time) of ${LESSON}, navigation → first output of \`${COMMAND}\`\n`,
    );
    console.log('| Figure | median |\n| --- | --- |');
    console.log(
      `| tasks evaluating the engine's chunks (compile, modules, sandboxes) | ${m((r) => r.engineEvaluate)} |`,
    );
    console.log(
      `| tasks evaluating other lazy chunks (exercises, grading, commands) | ${m((r) => r.lazyEvaluate)} |`,
    );
    console.log(`| all main-thread tasks | ${m((r) => r.mainThreadBusy)} |`);
    console.log(`| longest task | ${m((r) => r.longestTask)} |`);
    const kB = `${(median(runs.map((r) => r.scriptBytes)) / 1000).toFixed(1)} kB`;
    console.log(`| JavaScript fetched until then (on the wire, brotli) | ${kB} |`);
    console.log(`\nengine tasks per run (ms): ${runs.map((r) => r.engineEvaluate.toFixed(0)).join(', ')}`);
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename))
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
