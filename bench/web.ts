// `npm run bench:web`: the lesson terminal's speed and weight in Debian's chromium, unthrottled and as a slow phone.
// Needs a build (`npm run build`). Serves out/ (or BENCH_OUT) pre-compressed like a CDN on BENCH_PORT.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { budgetLines, kB, pageWeights } from './page-weights';
import { compressedSizes, HTTP2, origin, SERVER_FLAGS, serveStatic } from './static-server';
import { BENCH_BROWSER_FLAGS, chromiumPath } from './chromium';
import { median } from './stats';
import { COMMAND, firstVisit, LESSON, prepare, type Profile, THROTTLED, visit } from './lesson-visit';

const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
const PORT = Number(process.env.BENCH_PORT ?? 3107);
const OUT = path.resolve(process.env.BENCH_OUT ?? 'out');
const BASE = origin(PORT);

const ms = (value: number) => `${(value / 1000).toFixed(2)} s`;

interface Request {
  url: string;
  start: number;
  end: number;
  wire: number;
}

/** Records every finished request's timing (relative to `origin()`) and its bytes on the wire. */
function recordRequests(page: Page, origin: () => number): Promise<Request[]>[] {
  const requests: Promise<Request[]>[] = [];
  page.on('requestfinished', (request) => {
    requests.push(
      request.sizes().then(
        (sizes) => {
          const t = request.timing();
          return [
            {
              url: request.url().replace(BASE, ''),
              start: t.startTime - origin(),
              end: t.startTime + t.responseEnd - origin(),
              wire: sizes.responseBodySize,
            },
          ];
        },
        () => [],
      ),
    );
  });
  return requests;
}

type Run = Awaited<ReturnType<typeof visit>> & { heapMB: number; requests: Request[] };

/** A cold run: fresh context (empty cache, storage and service workers), cache disabled. */
async function coldRun(browser: Browser, profile: Profile): Promise<Run> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await prepare(context, page, profile, true);
  let origin = Date.now();
  const requests = recordRequests(page, () => origin);
  origin = Date.now();
  const result = await visit(page, BASE, LESSON);
  let heapMB = 0;
  if (profile === 'unthrottled') {
    // Every terminal of the lesson runs one command, then the heap after a full collection.
    const terminals = page.getByRole('region', { name: /^Terminal/ });
    for (let i = 0; i < (await terminals.count()); i++) {
      const region = terminals.nth(i);
      const input = region.getByRole('textbox', { name: /Terminal/ });
      // A terminal starts its sandbox when it nears the viewport, as when a learner scrolls to it.
      await region.scrollIntoViewIfNeeded();
      await region.and(page.locator('[aria-busy="false"]')).waitFor();
      await input.fill('echo ran');
      await input.press('Enter');
      await region.getByRole('log').getByText('ran', { exact: true }).first().waitFor();
    }
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    heapMB = heap.usedSize / 1e6;
  }
  await page.waitForLoadState('networkidle').catch(() => undefined);
  const done = (await Promise.all(requests)).flat();
  await context.close();
  return { ...result, heapMB, requests: done };
}

/** A second visit: the home page first (until the service worker has precached the course), then the lesson, throttled. */
async function repeatRun(browser: Browser): Promise<number> {
  const context = await browser.newContext();
  await firstVisit(context, BASE);
  const page = await context.newPage();
  await prepare(context, page, 'throttled', false);
  const result = await visit(page, BASE, LESSON);
  await context.close();
  return result.firstOutput;
}

function weights(runs: Run[]) {
  const page = pageWeights(OUT, path.join(LESSON, 'index.html').replace(/^\//, ''));
  const size = (file: string) => compressedSizes(readFileSync(path.join(OUT, file)));
  const loaded = new Set(
    runs.flatMap((r) => r.requests.map((q) => q.url.replace(/^\//, '').split('?')[0] ?? '')),
  );
  const chunks = [...loaded]
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .map((f) => ({
      f,
      ...size(f),
      kind: page.scriptFiles.includes(f) ? 'html' : page.engineFiles.includes(f) ? 'engine' : 'lazy',
    }))
    .sort((a, b) => b.raw - a.raw);
  return { page, chunks };
}

async function main() {
  const server = await serveStatic(OUT, PORT);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...BENCH_BROWSER_FLAGS, ...SERVER_FLAGS],
  });
  try {
    const runs: Record<Profile, Run[]> = { unthrottled: [], throttled: [] };
    for (const profile of ['unthrottled', 'throttled'] as const)
      for (let i = 0; i < RUNS; i++) runs[profile].push(await coldRun(browser, profile));
    const repeats: number[] = [];
    for (let i = 0; i < RUNS; i++) repeats.push(await repeatRun(browser));

    const m = (profile: Profile, pick: (r: Run) => number) => median(runs[profile].map(pick));
    const row = (label: string, pick: (r: Run) => number, format = ms) =>
      console.log(`| ${label} | ${format(m('unthrottled', pick))} | ${format(m('throttled', pick))} |`);
    console.log(
      `bench:web — ${OUT} over ${HTTP2 ? 'HTTP/2 (TLS)' : 'HTTP/1.1 (BENCH_HTTP1=1)'}, ${RUNS} cold runs per profile (fresh context, cache disabled), medians`,
    );
    console.log(
      `throttled = CPU ${THROTTLED.cpu}×, ${THROTTLED.latency} ms RTT, 1.44 Mbit/s down, 675 kbit/s up\n`,
    );
    console.log('| Figure | unthrottled | throttled |\n| --- | --- | --- |');
    row('navigation → terminal input shown', (r) => r.inputShown);
    row('navigation → sandbox ready', (r) => r.ready);
    row(`navigation → first output of \`${COMMAND}\` (typed at once)`, (r) => r.firstOutput);
    for (const profile of ['unthrottled', 'throttled'] as const) {
      const before = runs[profile].filter((r) => r.beforeHydration);
      const ran = before.filter((r) => r.early).length;
      console.log(
        `| Enter pressed before hydration (${profile}) | in ${before.length} of ${RUNS} runs; the line ran in ${ran} of them | |`,
      );
    }
    console.log(`| repeat visit (home, then the lesson), first output | | ${ms(median(repeats))} |`);
    console.log(
      `| JS heap after all terminals ran a command | ${m('unthrottled', (r) => r.heapMB).toFixed(1)} MB | |`,
    );
    const w = weights([...runs.unthrottled, ...runs.throttled]);
    for (const line of budgetLines(w.page)) console.log(`| ${line} | | |`);
    const html = w.page.html;
    console.log(`| lesson HTML raw / gzip / br | ${kB(html.raw)} / ${kB(html.gzip)} / ${kB(html.br)} | |`);

    const sorted = [...runs.throttled].sort((a, b) => a.firstOutput - b.firstOutput);
    const typical = sorted[Math.floor(sorted.length / 2)] ?? sorted[0];
    console.log(
      `\nRequest waterfall of the median throttled run (first output at ${ms(typical?.firstOutput ?? 0)}):`,
    );
    for (const q of [...(typical?.requests ?? [])].sort((a, b) => a.start - b.start))
      console.log(
        `  ${ms(q.start).padStart(8)} → ${ms(q.end).padStart(8)}  ${kB(q.wire).padStart(10)}  ${q.url}`,
      );
    console.log(
      `  ${typical?.requests.length ?? 0} requests, ${kB(typical?.requests.reduce((n, q) => n + q.wire, 0) ?? 0)} on the wire`,
    );
    console.log(
      '\nBytes per chunk (html = in the page, engine = the sandbox, lazy = later: commands on first use, the service worker precaching):',
    );
    for (const c of w.chunks)
      console.log(
        `  ${c.kind.padEnd(6)} ${kB(c.raw).padStart(10)} raw ${kB(c.gzip).padStart(10)} gzip ${kB(c.br).padStart(10)} br  ${c.f}`,
      );
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
