// `npm run bench:web`: the lesson terminal's speed and weight in Debian's chromium, as medians over several runs.
// Needs a build (`npm run build`); serves out/ itself on a free loopback port.
import { spawn, execSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium, type Page, type Response } from '@playwright/test';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PORT = Number(process.env.BENCH_PORT ?? 3107);
const BASE = `http://127.0.0.1:${PORT}`;
const LESSON = '/lessons/aws-foundations/aws-programmatic-access/';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function chromiumPath(): string {
  try {
    return execSync('command -v chromium', { encoding: 'utf8' }).trim();
  } catch {
    return '/usr/bin/chromium';
  }
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the static server on ${BASE} did not start`);
}

/** Gzipped size of every script the page fetched so far. */
class ScriptMeter {
  private readonly sizes = new Map<string, Promise<number>>();
  constructor(page: Page) {
    page.on('response', (response: Response) => {
      if (response.request().resourceType() !== 'script') return;
      this.sizes.set(
        response.url(),
        response.body().then(
          (body) => gzipSync(body, { level: 9 }).length,
          () => 0,
        ),
      );
    });
  }
  async total(): Promise<number> {
    const sizes = await Promise.all(this.sizes.values());
    return sizes.reduce((a, b) => a + b, 0);
  }
  urls(): string[] {
    return [...this.sizes.keys()];
  }
}

/** The page's own JavaScript before any interaction: its <script src> files and inline scripts, gzipped. */
async function firstLoadJs(): Promise<number> {
  const html = await (await fetch(BASE + LESSON)).text();
  let total = 0;
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/gi)) {
    if (/\bnomodule\b/i.test(match[0])) continue;
    const body = Buffer.from(await (await fetch(new URL(match[1] ?? '', BASE))).arrayBuffer());
    total += gzipSync(body, { level: 9 }).length;
  }
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
    .map((m) => m[1])
    .join('');
  return total + gzipSync(inline, { level: 9 }).length;
}

async function oneRun(page: Page, meter: ScriptMeter) {
  const start = Date.now();
  await page.goto(BASE + LESSON, { waitUntil: 'commit' });
  const terminal = page.getByRole('region', { name: /Terminal/ }).first();
  const input = terminal.getByRole('textbox', { name: /Terminal/ });
  // Hydrated: keystrokes reach React (lines typed now are queued); ready: the sandbox answers (not busy).
  await page.waitForFunction(() => document.querySelector('section[data-hydrated="true"]') !== null, null, {
    polling: 'raf',
  });
  const hydrated = Date.now() - start;
  await page.waitForFunction(() => document.querySelector('section[aria-busy="false"]') !== null, null, {
    polling: 'raf',
  });
  const ready = Date.now() - start;
  await page.waitForLoadState('networkidle');
  const beforeInteraction = await meter.total();

  await input.fill('aws configure list');
  const sent = Date.now();
  await input.press('Enter');
  await terminal.getByRole('log').getByText('Location').waitFor();
  const listTime = Date.now() - sent;

  await input.fill('nano ~/notes.txt');
  await input.press('Enter');
  await page.locator('.monaco-editor .view-lines').first().waitFor();
  await page.waitForLoadState('networkidle');
  const afterEditor = await meter.total();
  return { hydrated, ready, listTime, beforeInteraction, afterEditor };
}

async function main() {
  const server = spawn('npx', ['serve', 'out', '--listen', String(PORT), '--no-clipboard'], {
    stdio: 'ignore',
  });
  try {
    await waitForServer();
    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    });
    const results: Awaited<ReturnType<typeof oneRun>>[] = [];
    const firstLoadGzip = await firstLoadJs();
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext(); // a cold cache and empty storage every run
      const page = await context.newPage();
      const meter = new ScriptMeter(page);
      const run = await oneRun(page, meter);
      results.push(run);
      await context.close();
    }
    await browser.close();
    const m = (pick: (r: Awaited<ReturnType<typeof oneRun>>) => number) => median(results.map(pick));
    console.log(`bench:web — ${RUNS} runs, medians (Debian chromium, cold cache each run)`);
    console.log(
      `  navigation → input takes keystrokes:     ${m((r) => r.hydrated).toFixed(0)} ms (hydrated; lines queue)`,
    );
    console.log(`  navigation → sandbox ready (runs lines): ${m((r) => r.ready).toFixed(0)} ms`);
    console.log(`  Enter → "aws configure list" output:     ${m((r) => r.listTime).toFixed(0)} ms`);
    console.log(
      `  lesson JS in the HTML (first load):      ${kB(firstLoadGzip)} gzip (script files + inline)`,
    );
    console.log(`  JS fetched before interaction (+engine): ${kB(m((r) => r.beforeInteraction))} gzip`);
    console.log(`  JS after opening the editor (+Monaco):   ${kB(m((r) => r.afterEditor))} gzip`);
  } finally {
    server.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
