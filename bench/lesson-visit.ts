// One lesson visit as the benches make it (bench:web, bench:engine, bench:ab): the profile of a slow phone, a
// learner who types the moment the terminal's input appears, and the cheap probes that find its output.
import type { BrowserContext, Page } from '@playwright/test';

export const LESSON = '/lessons/aws-foundations/aws-programmatic-access/';
export const COMMAND = 'aws configure list';

/** Chrome DevTools' mid-range phone: CPU 4× slower, "Fast 3G" (562.5 ms RTT, 1.44 Mbit/s down, 675 kbit/s up). */
export const THROTTLED = { cpu: 4, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 };
export type Profile = 'unthrottled' | 'throttled';

/** The first terminal's parts, by CSS (an ARIA-role locator polls the page's accessibility tree: measurable CPU). */
export const TERMINAL = 'section[data-terminal-key]';
export const INPUT = `${TERMINAL} input[aria-label="Terminal input"]`;

/** Resolves once the first terminal's output contains `text` (a cheap check, polled every 50 ms). */
export function outputShown(page: Page, text: string, timeout: number) {
  return page.waitForFunction(
    ([selector, wanted]) =>
      document
        .querySelector(selector ?? '')
        ?.querySelector('[role="log"]')
        ?.textContent?.includes(wanted ?? ''),
    [TERMINAL, text] as const,
    { polling: 50, timeout },
  );
}

/** Applies the profile to a page (and disables the HTTP cache when `cold`); returns the CDP session. */
export async function prepare(context: BrowserContext, page: Page, profile: Profile, cold: boolean) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (cold) await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile === 'throttled') {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLED.cpu });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: THROTTLED.latency,
      downloadThroughput: THROTTLED.downloadThroughput,
      uploadThroughput: THROTTLED.uploadThroughput,
    });
  }
  return cdp;
}

/**
 * One visit as a learner makes it: the moment the terminal's input exists, type the command and press Enter.
 * When that line is lost (no output soon after the sandbox is ready) the learner types it again.
 */
export async function visit(page: Page, base: string, url: string) {
  const start = Date.now();
  await page.goto(base + url, { waitUntil: 'commit' });
  const input = page.locator(INPUT).first();
  await input.waitFor({ state: 'visible', timeout: 120_000 });
  const inputShown = Date.now() - start;
  await input.fill(COMMAND);
  await input.press('Enter');
  // Checked after the Enter: still not hydrated means the Enter certainly came before hydration.
  const beforeHydration = await page.evaluate(
    () => document.querySelector('section[data-hydrated="true"]') === null,
  );
  await page.waitForFunction(() => document.querySelector('section[aria-busy="false"]') !== null, null, {
    polling: 50,
    timeout: 120_000,
  });
  const ready = Date.now() - start;
  let early = true;
  try {
    await outputShown(page, 'Location', 3000);
  } catch {
    early = false; // the Enter was lost: type it again
    await input.fill(COMMAND);
    await input.press('Enter');
    await outputShown(page, 'Location', 60_000);
  }
  const firstOutput = Date.now() - start;
  return { inputShown, ready, firstOutput, early, beforeHydration };
}

/** Opens the home page in `context` until the service worker has precached the course (a first visit). */
export async function firstVisit(context: BrowserContext, base: string): Promise<void> {
  const first = await context.newPage();
  await first.goto(base + '/', { waitUntil: 'load' });
  await first
    .evaluate(() =>
      'serviceWorker' in navigator
        ? Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 60_000))])
        : null,
    )
    .catch(() => undefined);
  await first.waitForLoadState('networkidle');
  await first.close();
}
