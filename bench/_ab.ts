import { chromium, type Browser } from '@playwright/test';
import { origin, SERVER_FLAGS, serveStatic } from './static-server';
import { chromiumPath } from './chromium';
import { INPUT, outputShown } from './terminal-probe';
import { median } from './stats';
const LESSON = '/lessons/aws-foundations/aws-programmatic-access/';
const dirs = process.argv.slice(2);
const RUNS = Number(process.env.RUNS ?? 5);
const MODE = process.env.MODE ?? 'throttled';
async function visit(browser: Browser, base: string, throttled: boolean, repeat: boolean) {
  const context = await browser.newContext();
  if (repeat) {
    const first = await context.newPage();
    await first.goto(base + '/', { waitUntil: 'load' });
    await first.evaluate(() => Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 60000))]));
    await first.waitForLoadState('networkidle');
    await first.close();
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (!repeat) await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttled) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 562.5, downloadThroughput: 180000, uploadThroughput: 84375 });
  }
  const start = Date.now();
  await page.goto(base + LESSON, { waitUntil: 'commit' });
  const input = page.locator(INPUT).first();
  await input.waitFor({ state: 'visible', timeout: 120000 });
  await input.fill('aws configure list');
  await input.press('Enter');
  await outputShown(page, 'Location', 60000);
  const t = Date.now() - start;
  await context.close();
  return t;
}
async function main() {
  const servers = await Promise.all(dirs.map((d, i) => serveStatic(d, 4640 + i)));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', ...SERVER_FLAGS] });
  const results = dirs.map(() => [] as number[]);
  for (let r = 0; r < RUNS; r++)
    for (let i = 0; i < dirs.length; i++)
      results[i]!.push(await visit(browser, origin(4640 + i), MODE !== 'unthrottled', MODE === 'repeat'));
  dirs.forEach((d, i) => console.log(`${MODE} ${d}: median ${median(results[i]!)} ms  [${results[i]!.join(', ')}]`));
  await browser.close();
  servers.forEach((s) => s.close());
}
main();
