// `npm run bench:ab -- OUT_A OUT_B [...]`: two or more builds compared in one sitting. Each round visits every
// build once per figure, in turn, so a change in the machine's load moves all of them alike (bench:web's
// absolute figures move by ±30 % with the load here). Prints the median of BENCH_RUNS (≥ 5) rounds per build
// and, for the others, the median and range of their per-round ratios to the first build. Figures: navigation →
// first output of the command typed at once, cold (fresh context, cache disabled) throttled and unthrottled,
// and a repeat visit throttled (see bench:web).
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { BENCH_BROWSER_FLAGS, chromiumPath } from './chromium';
import { firstVisit, LESSON, prepare, type Profile, visit } from './lesson-visit';
import { origin, SERVER_FLAGS, serveStatic } from './static-server';
import { median, pairedRatios } from './stats';

const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
const PORT = Number(process.env.BENCH_PORT ?? 3109);
const FIGURES = ['cold, throttled', 'cold, unthrottled', 'repeat visit, throttled'] as const;
type Figure = (typeof FIGURES)[number];

async function firstOutput(browser: Browser, base: string, figure: Figure): Promise<number> {
  const context = await browser.newContext();
  const repeat = figure === 'repeat visit, throttled';
  if (repeat) await firstVisit(context, base);
  const page = await context.newPage();
  const profile: Profile = figure === 'cold, unthrottled' ? 'unthrottled' : 'throttled';
  await prepare(context, page, profile, !repeat);
  const result = await visit(page, base, LESSON);
  await context.close();
  return result.firstOutput;
}

async function main() {
  const outs = process.argv.slice(2).map((dir) => path.resolve(dir));
  if (outs.length < 2)
    throw new Error('usage: npm run bench:ab -- OUT_A OUT_B [OUT_C …] (built out/ directories)');
  const servers = await Promise.all(outs.map((dir, i) => serveStatic(dir, PORT + i)));
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...BENCH_BROWSER_FLAGS, ...SERVER_FLAGS],
  });
  try {
    const times = new Map(FIGURES.map((figure) => [figure, outs.map(() => [] as number[])]));
    for (let round = 0; round < RUNS; round++)
      for (const figure of FIGURES)
        for (const [i] of outs.entries())
          times.get(figure)?.[i]?.push(await firstOutput(browser, origin(PORT + i), figure));
    console.log(
      `bench:ab — ${RUNS} interleaved rounds, median navigation → first output (in brackets: the median of the\n` +
        `rounds' ratios to the first build, each round's time over the first build's in that round; then their\n` +
        `range)\n`,
    );
    console.log(`| Figure | ${outs.join(' | ')} |\n| --- |${outs.map(() => ' --- |').join('')}`);
    for (const figure of FIGURES) {
      const perBuild = times.get(figure) ?? [];
      const baseline = perBuild[0] ?? [];
      const cells = perBuild.map((runs, i) => {
        const m = median(runs);
        if (i === 0) return `${(m / 1000).toFixed(2)} s`;
        const paired = pairedRatios(runs, baseline);
        const spread = `${Math.min(...paired).toFixed(2)}–${Math.max(...paired).toFixed(2)}`;
        return `${(m / 1000).toFixed(2)} s (${median(paired).toFixed(2)}; ${spread})`;
      });
      console.log(`| ${figure} | ${cells.join(' | ')} |`);
    }
  } finally {
    await browser.close();
    for (const server of servers) server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
