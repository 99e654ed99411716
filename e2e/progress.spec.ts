// Progress: kept across reloads, shown in the sidebar and on home, exported, imported (damaged files refused), reset.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_PROFILE, EXERCISE_COUNT, openExercise, solveDefaultProfile } from './exercise-helpers';
import { LESSON } from './terminal-helpers';

const LESSON_ID = 'aws-foundations/aws-programmatic-access';

/** The lesson's mark in the sidebar (its text for screen readers is inside the link). */
function sidebarLink(page: Page) {
  return page
    .getByRole('navigation', { name: 'Course outline' })
    .getByRole('link', { name: /AWS Programmatic Access/ });
}

/** The "Your progress" section on home. */
function panel(page: Page) {
  return page.getByRole('region', { name: 'Your progress' });
}

function summary(page: Page, text: string) {
  return panel(page).getByText(text, { exact: false }).first();
}

async function importFile(page: Page, name: string, text: string) {
  await page.getByLabel('Import progress from a file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

test('a solved exercise survives a reload and shows in the sidebar and on home', async ({ page }) => {
  const { terminal, section } = await openExercise(page, DEFAULT_PROFILE);
  await solveDefaultProfile(terminal);
  await expect(section.locator('[data-complete="true"]')).toBeVisible();
  await page.reload();
  await expect(page.locator(`[data-lesson-mark="${LESSON_ID}"]`).first()).toContainText('1/2');
  await expect(sidebarLink(page)).toHaveAccessibleName(/1 of 2 exercises done/);
  await page.goto('/');
  await expect(summary(page, `1 of ${EXERCISE_COUNT} exercises done`)).toBeVisible();
  await expect(page.locator(`[data-lesson-mark="${LESSON_ID}"]`)).toContainText('1/2');
});

test('progress round-trips through export, reset and import', async ({ page }) => {
  const { terminal } = await openExercise(page, DEFAULT_PROFILE);
  await solveDefaultProfile(terminal);
  await page.goto('/');
  await expect(summary(page, `1 of ${EXERCISE_COUNT} exercises done`)).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export progress' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^skillshell-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = await readFile(await download.path(), 'utf8');
  expect(JSON.parse(exported)).toMatchObject({
    format: 'skillshell-progress',
    version: 1,
    exercises: { 'configure-default-profile': {} },
  });

  await page.getByRole('button', { name: 'Reset progress' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset your progress?' });
  await dialog.getByRole('button', { name: 'Reset progress' }).click();
  await expect(summary(page, `0 of ${EXERCISE_COUNT} exercises done`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reset progress' })).toBeFocused();

  await importFile(page, 'progress.json', exported);
  await expect(
    panel(page).getByRole('status').filter({ hasText: 'Imported 1 completed exercise' }),
  ).toBeVisible();
  await expect(summary(page, `1 of ${EXERCISE_COUNT} exercises done`)).toBeVisible();
  await page.reload();
  await expect(summary(page, `1 of ${EXERCISE_COUNT} exercises done`)).toBeVisible();
});

test('a damaged or foreign file is refused with a message and changes nothing', async ({ page }) => {
  await page.goto('/');
  const good = JSON.stringify({
    format: 'skillshell-progress',
    version: 1,
    exportedAt: '2026-11-28T02:00:00.000Z',
    exercises: { 'use-a-profile': { at: '2026-11-28T01:00:00.000Z' } },
    lessons: {},
  });
  await importFile(page, 'mine.json', good);
  await expect(summary(page, `1 of ${EXERCISE_COUNT} exercises done`)).toBeVisible();
  const stored = await page.evaluate(() => localStorage.getItem('skillshell:progress'));

  await importFile(page, 'cut.json', good.slice(0, 40));
  await expect(panel(page).getByRole('alert')).toHaveText(
    /cut\.json: This file is not valid JSON.*not changed/,
  );
  await importFile(page, 'package.json', '{"name":"x","version":"1.0.0"}');
  await expect(panel(page).getByRole('alert')).toHaveText(
    /package\.json: This is not a Skillshell progress file/,
  );
  await importFile(page, 'edited.json', good.replace('2026-11-28T01:00:00.000Z', 'last week'));
  await expect(panel(page).getByRole('alert')).toHaveText(/damaged.*exercises\.use-a-profile\.at/);

  await expect(summary(page, `1 of ${EXERCISE_COUNT} exercises done`)).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('skillshell:progress'))).toBe(stored);
});

test('a lesson counts as read when its end is reached after 20 visible seconds', async ({ page }) => {
  await page.clock.install();
  await page.goto(LESSON);
  const mark = page.locator(`[data-lesson-mark="${LESSON_ID}"]`).first();
  await expect(mark).toContainText('0/2');
  await page.locator('[data-lesson-end]').scrollIntoViewIfNeeded();
  await page.clock.runFor(5_000);
  await expect(mark.locator('[aria-hidden="true"]')).toHaveText('0/2 exercises');
  await page.clock.runFor(16_000);
  // Said in words: "read", not a ✓ that looks like a score.
  await expect(mark.locator('[aria-hidden="true"]')).toHaveText('read · 0/2 exercises');
  await expect(sidebarLink(page)).toHaveAccessibleName(/read, 0 of 2 exercises done/);
});

test('axe finds no violations in the progress controls, with a refusal shown', async ({ page }) => {
  await page.goto('/');
  await importFile(page, 'bad.json', '[]');
  await expect(panel(page).getByRole('alert')).not.toBeEmpty();
  const results = await new AxeBuilder({ page })
    .include('section[aria-labelledby="progress-title"]')
    .analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('keyboard only: export, import and reset are reachable', async ({ page }) => {
  await page.goto('/');
  const exportButton = page.getByRole('button', { name: 'Export progress' });
  // The buttons are disabled until the saved progress has loaded; a disabled button cannot take focus.
  await expect(exportButton).toBeEnabled();
  await exportButton.focus();
  await expect(exportButton).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Import progress from a file')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Reset progress' })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Reset your progress?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Reset progress' })).toBeFocused();
});

for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 360, height: 780 }],
] as const) {
  test(`screenshot of progress on home (${name})`, async ({ page }, info) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await importFile(
      page,
      'p.json',
      JSON.stringify({
        format: 'skillshell-progress',
        version: 1,
        exportedAt: '2026-11-28T02:00:00.000Z',
        exercises: { 'configure-default-profile': { at: '2026-11-28T01:00:00.000Z' } },
        lessons: { [LESSON_ID]: { at: '2026-11-28T01:00:00.000Z' } },
      }),
    );
    await expect(summary(page, `1 of ${EXERCISE_COUNT} exercises done`)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: info.outputPath(`progress-home-${name}.png`), fullPage: true });
    await page.goto(LESSON);
    if (name === 'phone') {
      await page.getByRole('button', { name: 'Course outline' }).click();
      // Wait for the drawer to finish sliding in.
      await page.waitForFunction(() => {
        const nav = document.querySelector('nav[aria-label="Course outline"]');
        return nav !== null && nav.getBoundingClientRect().left >= 0;
      });
      await page.waitForTimeout(300);
    }
    await expect(page.locator(`[data-lesson-mark="${LESSON_ID}"]`).first()).toContainText('1/2');
    await page.screenshot({ path: info.outputPath(`progress-sidebar-${name}.png`) });
  });
}
