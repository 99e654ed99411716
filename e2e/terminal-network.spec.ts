// The terminal on a slow phone (early typing before hydration) and offline after one visit (service worker).
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { COMPILE_HINT } from '../scripts/compile-hints';
import { engineChunks } from '../scripts/engine-chunks';
import { LESSON, openTerminal, run, terminalParts, visitUntilPrecached } from './terminal-helpers';

/** The engine's chunks, as URL paths (scripts/engine-chunks.ts reads them from the build in out/). */
const enginePaths = () => new Set(engineChunks('out').map((file) => `/${file}`));

test('slow phone: lines entered the moment the input appears run, in order, once the engine is ready', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  // Chrome DevTools' mid-range phone: CPU 4x slower, "Fast 3G"; and a cold cache.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 562.5,
    downloadThroughput: 180_000,
    uploadThroughput: 84_375,
  });
  // The page's scripts wait until both lines are entered: the Enters certainly come before hydration, however
  // fast or loaded this machine is (on a real phone, parsing and hydrating take seconds after the input shows).
  let release: () => void = () => undefined;
  const typed = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    await typed;
    await route.continue();
  });
  await page.goto(LESSON, { waitUntil: 'commit' });
  const region = page.getByRole('region', { name: /^Terminal/ }).first();
  const input = region.getByRole('textbox', { name: /Terminal/ });
  await input.fill('echo early-one');
  await input.press('Enter');
  await input.fill('echo early-two');
  await input.press('Enter');
  // The case under test: both Enters came before React hydrated the terminal.
  expect(await region.getAttribute('data-hydrated')).toBeNull();
  await expect(input).toHaveValue('');
  release();
  const log = region.getByRole('log');
  await expect(log).toContainText(/echo early-one\s*early-one\s*.*echo early-two\s*early-two/, {
    timeout: 90_000,
  });
  await expect(log.getByText('early-one', { exact: true })).toHaveCount(1);
  await expect(region).toHaveAttribute('data-hydrated', 'true');
});

test('offline after one visit: the home page once, then offline, the lesson opens and runs commands', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await visitUntilPrecached(page);
  await context.setOffline(true);
  const response = await page.goto(LESSON);
  expect(response?.fromServiceWorker()).toBe(true);
  const t = await terminalParts(page);
  await run(t, 'echo offline-works && aws configure list');
  await expect(t.log).toContainText('offline-works');
  await expect(t.log).toContainText('Location');
  // The editor (Monaco, loaded on first use) is precached too.
  await run(t, 'nano ~/notes.txt');
  await expect(page.locator('.monaco-editor .view-lines').first()).toBeVisible({ timeout: 30_000 });
});

test("repeat visit: the lesson's chunks come straight from the cache, and one the cache lost from the network", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await visitUntilPrecached(page);
  // The cache loses one of the engine's chunks (storage pressure, a cleared entry): the page must still work.
  const lost = [...enginePaths()][0] ?? '';
  const deleted = await page.evaluate(async (path) => {
    let found = false;
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      found = (await cache.delete(new URL(path, location.href).href)) || found;
    }
    return found;
  }, lost);
  expect(deleted).toBe(true);
  await page.goto(LESSON);
  const t = await terminalParts(page);
  await run(t, 'aws configure list');
  await expect(t.log).toContainText('Location');
  // How each chunk was answered (Static Routing API, Resource Timing): by the browser from the cache, without
  // running the worker's fetch handler; the lost one, when the page loaded it, from the network.
  const sources = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.startsWith('/_next/static/'))
      .map((entry) => ({
        path: new URL(entry.name).pathname,
        matched: (entry as PerformanceResourceTiming & { workerMatchedSourceType?: string })
          .workerMatchedSourceType,
        final: (entry as PerformanceResourceTiming & { workerFinalSourceType?: string })
          .workerFinalSourceType,
      })),
  );
  expect(sources.length).toBeGreaterThan(5);
  expect(sources.map(({ path }) => path)).toContain(lost);
  for (const { path, matched, final } of sources) {
    expect(matched, path).toBe('cache');
    expect(final, path).toBe(path === lost ? 'network' : 'cache');
  }
});

test.describe('offline before the service worker cached the course', () => {
  test.use({ serviceWorkers: 'block' });

  test("the engine's code cannot be downloaded: one plain line, the checks say so, nothing thrown; a reload online works", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const engine = enginePaths();
    const offline = (url: URL) => engine.has(url.pathname);
    await page.route(offline, (route) => route.abort('internetdisconnected'));
    await page.goto(LESSON);
    const region = page.getByRole('region', { name: /^Terminal/ }).first();
    await expect(region).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
    // Focus starts the sandbox, which needs the engine.
    await region.getByRole('textbox', { name: /Terminal/ }).focus();
    const log = region.getByRole('log');
    await expect(log).toContainText(
      'The sandbox could not start: its code could not be downloaded: the site could not be reached. Reload the page to try again.',
    );
    await expect(log.getByText(/could not start/)).toHaveCount(1);
    await expect(log).not.toContainText(/chunk|Failed to|Internal error|TypeError/);
    const panel = page.locator('[data-exercise-panel]').first();
    await expect(panel.getByRole('status')).toHaveText(/The checks and hints could not be downloaded/);
    expect(errors).toEqual([]);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const results = await new AxeBuilder({ page }).include('section[data-exercise]').analyze();
      expect(results.violations.map((v) => `${scheme} ${v.id}`)).toEqual([]);
    }
    await page.unroute(offline);
    await page.reload();
    const again = await terminalParts(page);
    await run(again, 'echo back-online');
    await expect(again.log).toContainText(/echo back-online\s*back-online/);
    await expect(panel.getByRole('status')).toHaveCount(0);
  });

  test('an aws service that cannot be downloaded says so in one line; nothing is lost and it works once online', async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    const t = await openTerminal(page);
    await run(t, 'echo kept > ~/kept.txt; export KEPT=yes');
    // From here on no new chunk arrives: the page is offline and no service worker holds the `aws iam` code.
    await context.setOffline(true);
    await run(t, 'aws iam help');
    const failure = t.log.getByText('The simulated AWS CLI could not load the code of "aws iam"');
    await expect(failure).toHaveCount(1);
    await expect(t.log).not.toContainText(/chunk|Failed to|Internal error|TypeError/);
    // Builtins keep working; the shell's own programs (cat, seq, …) also arrive on first use.
    await run(
      t,
      'echo "status $?"; read -r line < ~/kept.txt; echo "$line $KEPT"; cat ~/kept.txt; seq 2; echo "seq $?"',
    );
    await expect(t.log).toContainText(/status 255\s*kept yes/);
    // A program of the shell whose code is not here yet says so too, and the shell carries on.
    await expect(t.log).toContainText('seq: could not be loaded: the site could not be reached');
    await expect(t.log).toContainText('cat: could not be loaded: the site could not be reached');
    await expect(t.log).toContainText(/kept yes\s*seq 1/);
    await expect(t.log).not.toContainText(/chunk|Failed to|Internal error|TypeError/);
    await context.setOffline(false);
    await run(t, 'aws iam help');
    await expect(t.log).toContainText('Simulated here: aws iam');
  });
});

test('a terminal far below the fold starts its sandbox when it takes focus; a line entered at once runs', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  // Focus scrolls at once (no smooth scroll): which terminals a long smooth scroll passes is timing, not the case.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(LESSON);
  const terminals = page.locator('section[data-terminal-key]');
  await expect(terminals).toHaveCount(2);
  const [first, second] = [terminals.nth(0), terminals.nth(1)];
  // Hydrated, but neither is near the viewport: neither has started a sandbox.
  await expect(first).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
  await expect(second).toHaveAttribute('data-hydrated', 'true');
  await page.waitForTimeout(1500);
  await expect(first).toHaveAttribute('aria-busy', 'true');
  await expect(second).toHaveAttribute('aria-busy', 'true');
  // Focus (the browser scrolls it into view) starts the second one; the line typed meanwhile waits and runs.
  await second.getByRole('textbox', { name: /Terminal/ }).focus();
  await page.keyboard.type('echo started-on-focus');
  await page.keyboard.press('Enter');
  await expect(second.getByRole('log')).toContainText(/echo started-on-focus\s*started-on-focus/, {
    timeout: 30_000,
  });
  await expect(second).toHaveAttribute('aria-busy', 'false');
  // The first is still far away, so it has not started; scrolled to, it starts.
  await expect(first).toHaveAttribute('aria-busy', 'true');
  await first.scrollIntoViewIfNeeded();
  await expect(first).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
});

test('a terminal keeps its size when its sandbox becomes ready; one a smooth scroll passes does not start', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  // The engine's code waits until the loading terminal is measured.
  const engine = enginePaths();
  let release: () => void = () => undefined;
  const measured = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => engine.has(url.pathname),
    async (route) => {
      await measured;
      await route.continue();
    },
  );
  await page.goto(LESSON);
  const terminals = page.locator('section[data-terminal-key]');
  const [first, second] = [terminals.nth(0), terminals.nth(1)];
  const input = first.getByRole('textbox', { name: /Terminal/ });
  await expect(first).toHaveAttribute('aria-busy', 'true');
  await expect(input).toHaveAttribute('placeholder', 'Starting…');
  // Where it sits in the page and how large it is (page coordinates: focus may scroll).
  const place = () =>
    first.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return { top: box.top + window.scrollY, width: box.width, height: box.height };
    });
  const loading = await place();
  // Focus starts it; ready, it says so in its prompt, and nothing around it moved.
  await input.focus();
  release();
  await expect(first).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  await expect(input).not.toHaveAttribute('placeholder', /./);
  expect(await place()).toEqual(loading);
  // An "On this page" link far below scrolls smoothly past the second terminal: it does not start on the way,
  // and the heading lands under the header.
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link').last().click();
  await page.waitForTimeout(1500);
  await expect(second).toHaveAttribute('aria-busy', 'true');
  const lastHeading = page.locator('main h2').last();
  const top = (await lastHeading.boundingBox())?.y ?? -1;
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(120);
});

test("what the lesson loads carries V8's compile hint (compiled while it downloads); the editor does not", async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.endsWith('.js')) scripts.push(response.url());
  });
  const t = await openTerminal(page);
  await run(t, 'echo loaded');
  await expect(t.log).toContainText(/echo loaded\s*loaded/);
  const hinted = async (url: string) => (await (await page.request.get(url)).text()).startsWith(COMPILE_HINT);
  const loaded = scripts.filter((url) => new URL(url).pathname.startsWith('/_next/'));
  const engine = enginePaths();
  expect(loaded.filter((url) => engine.has(new URL(url).pathname))).toHaveLength(engine.size);
  for (const url of loaded) expect(await hinted(url), url).toBe(true);
  // The editor (Monaco) loads on first use and runs little of its code: compiled function by function.
  const before = scripts.length;
  await run(t, 'nano ~/notes.txt');
  await expect(page.locator('.monaco-editor .view-lines').first()).toBeVisible({ timeout: 30_000 });
  const editorChunks = scripts.slice(before).filter((url) => new URL(url).pathname.startsWith('/_next/'));
  expect(editorChunks.length).toBeGreaterThan(0);
  expect(await Promise.all(editorChunks.map(hinted))).toContain(false);
});
