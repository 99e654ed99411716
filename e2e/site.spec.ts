// Learner journeys through the built site: outline, lesson navigation, code, OS tabs, phone drawer, axe, privacy.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const lessonPath = '/lessons/aws-foundations/aws-programmatic-access/';

/** Records every request the page makes and every CSP violation it reports. */
function watch(page: Page) {
  const requests: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return { requests, violations };
}

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test('home lists the whole outline and unwritten lessons are not links', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Skillshell/);
  const modules = page.locator('.outline-module');
  await expect(modules).toHaveCount(33);
  await expect(modules.first()).toContainText('Professional Skills');
  const aws = page.locator('.outline-module', {
    has: page.getByRole('heading', { name: 'AWS Foundations' }),
  });
  await expect(aws.locator('.outline-lessons > li')).toHaveCount(24);
  const written = aws.locator('a.outline-lesson');
  const unwritten = aws.locator('.unwritten');
  expect((await written.count()) + (await unwritten.count())).toBe(24);
  await expect(unwritten.first()).toContainText('not written yet');
  for (const href of await page
    .locator('a[href^="/lessons/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    const response = await page.request.get(href as string);
    expect(response.status(), `${href} is not a dead link`).toBe(200);
  }
});

test('home → lesson, then through the sidebar', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('link', { name: /AWS Programmatic Access/ })
    .first()
    .click();
  await expect(page).toHaveURL(lessonPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS Programmatic Access');
  await expect(page).toHaveTitle('AWS Programmatic Access · Skillshell');
  const nav = page.getByRole('navigation', { name: 'Course outline' });
  const current = nav.locator('a[aria-current="page"]');
  await expect(current).toContainText('AWS Programmatic Access');
  // The current module is open, the others collapsed; a group opens and closes.
  await expect(nav.locator('details[open]')).toHaveCount(1);
  const summary = nav.locator('summary', { hasText: 'AWS Foundations' });
  await summary.click();
  await expect(current).toBeHidden();
  await summary.click();
  await expect(current).toBeVisible();
  await expect(nav.locator('.unwritten', { hasText: 'AWS RDS' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'AWS RDS' })).toHaveCount(0);
  await current.click();
  await expect(page).toHaveURL(lessonPath);
  await page.getByRole('link', { name: 'Skillshell' }).click();
  await expect(page).toHaveURL('/');
});

test('every "On this page" link lands on an existing heading', async ({ page }) => {
  await page.goto(lessonPath);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const hrefs = await toc.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(5);
  expect(new Set(hrefs).size).toBe(hrefs.length);
  for (const href of hrefs) {
    expect(href).toMatch(/^#./);
    const target = page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`);
    await expect(target, href).toHaveCount(1);
    expect(await target.evaluate((el) => el.tagName), href).toMatch(/^H[23]$/);
  }
  const last = toc.locator('a').last();
  const lastHref = (await last.getAttribute('href')) as string;
  await last.click();
  await expect(page).toHaveURL(new RegExp(`${lastHref}$`));
  await expect(page.locator(`[id="${lastHref.slice(1)}"]`)).toBeInViewport();
  // It lands just under the sticky header (not short of it, under the section before), …
  await expect
    .poll(() => page.locator(`[id="${lastHref.slice(1)}"]`).evaluate((el) => el.getBoundingClientRect().top))
    .toBeLessThan(120);
  // … and the link of the section being read is marked as the current location.
  await expect(toc.locator('a[aria-current="location"]')).toHaveAttribute('href', lastHref);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(toc.locator('a[aria-current="location"]')).toHaveAttribute('href', hrefs[0] as string);
});

test('the copy button copies the code of its block', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(lessonPath);
  const block = page.locator('.code-block').filter({ visible: true }).first();
  const expected = ((await block.locator('pre').textContent()) ?? '').replace(/\n$/, '');
  expect(expected.length).toBeGreaterThan(0);
  await block.getByRole('button', { name: 'Copy code' }).click();
  await expect(block.getByRole('button', { name: /Copied/ })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  const blocks = await page.locator('.code-block').count();
  await expect(page.locator('.code-block .copy-button')).toHaveCount(blocks);
  await expect(page.locator('pre code span[style*="--shiki-light"]').first()).toBeAttached();
});

test('OS tabs switch with mouse and keyboard, all together, and remember the choice', async ({ page }) => {
  await page.goto(lessonPath);
  const firstTabs = page.locator('.os-tabs').first();
  const tab = (name: string) => firstTabs.getByRole('tab', { name });
  await expect(tab('Linux')).toHaveAttribute('aria-selected', 'true');
  await tab('Windows').click();
  await expect(tab('Windows')).toHaveAttribute('aria-selected', 'true');
  await expect(firstTabs.getByRole('tabpanel')).toHaveCount(1);
  // Every other block with a Windows tab follows the choice.
  const windowsTabs = page.getByRole('tab', { name: 'Windows' });
  for (let i = 0; i < (await windowsTabs.count()); i += 1) {
    await expect(windowsTabs.nth(i)).toHaveAttribute('aria-selected', 'true');
  }
  // Keyboard: arrows move and select (wrapping), Home and End jump.
  await tab('Windows').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(tab('macOS')).toBeFocused();
  await expect(tab('macOS')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(tab('Linux')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(tab('Windows')).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('End');
  await expect(tab('Windows')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(tab('Linux')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(tab('macOS')).toHaveAttribute('aria-selected', 'true');
  // Tab moves into the panel, not to the next tab (roving tabindex).
  await expect(firstTabs.getByRole('tab', { selected: false }).first()).toHaveAttribute('tabindex', '-1');
  await page.reload();
  await expect(tab('macOS')).toHaveAttribute('aria-selected', 'true');
  await expect(firstTabs.getByRole('tabpanel')).toBeVisible();
});

test('no request leaves the origin and the CSP blocks nothing the site needs', async ({ page, baseURL }) => {
  const { requests, violations } = watch(page);
  for (const path of ['/', lessonPath, '/no-such-page/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  await page.goto('/');
  await page
    .getByRole('link', { name: /AWS Programmatic Access/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS Programmatic Access');
  expect(requests.length).toBeGreaterThan(3);
  const foreign = requests.filter((url) => !url.startsWith(`${baseURL}/`) && !url.startsWith('data:'));
  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
  // The lesson was evaluated at build time: its compiled MDX code never reaches the browser.
  const html = await (await page.request.get(lessonPath)).text();
  expect(html).not.toContain('_jsx_runtime');
  expect(html).not.toContain('new Function');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self' 'sha256-");
  expect(csp).not.toContain('unsafe-eval');
});

test('the 404 page answers unknown addresses', async ({ page }) => {
  const response = await page.goto('/lessons/aws-foundations/aws-rds/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Back to the course outline' }).click();
  await expect(page).toHaveURL('/');
});

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, path] of [
    ['home', '/'],
    ['lesson', lessonPath],
    ['404', '/no-such-page/'],
  ] as const) {
    test(`axe finds no violations on the ${name} page (${scheme})`, async ({ page }) => {
      test.setTimeout(90_000); // the lesson page is long and holds several terminals
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      // Open every answer so axe checks the hidden content too.
      await page
        .locator('details')
        .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(summary, path).toEqual([]);
    });
  }
}

test.describe('phone (360 x 740)', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the outline drawer opens and closes (button, Escape, tabbing out); no page scrolls sideways', async ({
    page,
  }) => {
    for (const path of ['/', '/no-such-page/']) {
      await page.goto(path);
      await expectNoHorizontalScroll(page);
    }
    await page.goto(lessonPath);
    await expectNoHorizontalScroll(page);
    const toggle = page.getByRole('button', { name: 'Course outline', exact: true });
    const nav = page.getByRole('navigation', { name: 'Course outline' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(nav).toBeVisible();
    await expect(nav.getByRole('button', { name: 'Close course outline' })).toBeFocused();
    await expect(nav.locator('a[aria-current="page"]')).toBeInViewport();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(toggle).toBeFocused();
    await toggle.click();
    await nav.getByRole('button', { name: 'Close course outline' }).click();
    await expect(nav).toBeHidden();
    // Tabbing past the last link closes the drawer instead of focusing the hidden page behind it.
    await toggle.click();
    await nav.locator('a').last().focus();
    await page.keyboard.press('Tab');
    await expect(nav).toBeHidden();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    // Wide content (tables, code, console screens) scrolls inside its box, never the page.
    await page.getByRole('tab', { name: 'Windows' }).first().click();
    await expectNoHorizontalScroll(page);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  for (const [device, viewport] of [
    ['desktop', { width: 1366, height: 900 }],
    ['phone', { width: 360, height: 740 }],
  ] as const) {
    test(`screenshots: ${device} ${scheme}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      // Reduced motion turns smooth scrolling off, so each shot shows the element it scrolled to.
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      const shot = (name: string, fullPage = false) =>
        page.screenshot({ path: `test-results/screenshots/${device}-${scheme}-${name}.png`, fullPage });
      await page.goto('/');
      await shot('home');
      await page.locator('#module-aws-foundations').scrollIntoViewIfNeeded();
      await shot('home-aws');
      await page.goto(lessonPath);
      await shot('lesson');
      await page.locator('figure.console-screen').nth(1).scrollIntoViewIfNeeded();
      await shot('lesson-console');
      await page.locator('.os-tabs').first().scrollIntoViewIfNeeded();
      await shot('lesson-tabs');
      await page.locator('.callout').first().scrollIntoViewIfNeeded();
      await shot('lesson-callout');
      const answer = page.locator('.prose details').first();
      await answer.locator('summary').click();
      await expect(answer).toHaveAttribute('open', '');
      await answer.scrollIntoViewIfNeeded();
      await shot('lesson-details');
      if (device === 'phone') {
        await page.getByRole('button', { name: 'Course outline', exact: true }).click();
        await page.waitForTimeout(400); // let the slide-in finish
        await shot('lesson-drawer');
      }
      await page.goto('/no-such-page/');
      await shot('404');
    });
  }
}
