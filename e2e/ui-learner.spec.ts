// What a learner trips over (issue 14, items 3–10, and issue 8's panel bugs), on desktop and phone projects.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_PROFILE, EXERCISE_COUNT, openExercise, solveDefaultProfile } from './exercise-helpers';
import { LESSON, PROFILES_LESSON, run } from './terminal-helpers';

const LESSON_ID = 'aws-foundations/aws-programmatic-access';
const NAMED_PROFILE = 'Add a named profile by editing the files';

/** The exported progress file with the given exercise ids complete. */
function progressFile(exercises: string[]): string {
  const at = '2026-11-28T02:00:00.000Z';
  return JSON.stringify({
    format: 'skillshell-progress',
    version: 1,
    exportedAt: at,
    exercises: Object.fromEntries(exercises.map((id) => [id, { at }])),
    lessons: {},
  });
}

function homeSummary(page: Page) {
  return page.getByRole('region', { name: 'Your progress' }).locator('p').first();
}

test('checklist labels render Markdown: backticks become code (item 3)', async ({ page }) => {
  const { checks } = await openExercise(page, NAMED_PROFILE, PROFILES_LESSON);
  const first = checks.getByRole('listitem').first();
  await expect(first.locator('code').first()).toHaveText('~/.aws/credentials');
  await expect(checks).not.toContainText('`');
});

test('terminal output keeps long lines unwrapped and scrolls sideways, reachable by keyboard (item 4)', async ({
  page,
}, info) => {
  const { terminal } = await openExercise(page, DEFAULT_PROFILE);
  await run(terminal, 'printf "%0200d\\n" 7');
  const line = terminal.log.locator('div').filter({ hasText: /^0{199}7$/ });
  const height = await line.evaluate((el) => el.getBoundingClientRect().height);
  const lineHeight = await line.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  expect(height).toBeLessThan(lineHeight * 1.5);
  const scroll = await terminal.log.evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth }));
  expect(scroll.sw).toBeGreaterThan(scroll.cw);
  await expect(terminal.log).toHaveAttribute('tabindex', '0');
  await terminal.log.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => terminal.log.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  // iOS zooms into inputs under 16 px: the phone gets 16 px at least.
  const size = await terminal.input.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  if (info.project.name === 'phone') expect(size).toBeGreaterThanOrEqual(16);
  else expect(size).toBeGreaterThanOrEqual(14);
  // No page-wide sideways scroll.
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
});

test('the copy button never covers code, scrolled or not (item 4)', async ({ page }) => {
  await page.goto(LESSON);
  const blocks = page.locator('.code-block:visible');
  const count = Math.min(await blocks.count(), 6);
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const block = blocks.nth(i);
    await block.scrollIntoViewIfNeeded();
    await block.locator('pre').evaluate((el) => (el.scrollLeft = el.scrollWidth));
    const button = await block.locator('.copy-button').boundingBox();
    const firstLine = await block.locator('[data-line]').first().boundingBox();
    if (!button || !firstLine) throw new Error(`block ${i} has no boxes`);
    expect(button.y + button.height, `copy button of block ${i}`).toBeLessThanOrEqual(firstLine.y + 0.5);
  }
});

test('import ignores unknown exercise ids and says so (item 5)', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Import progress from a file').setInputFiles({
    name: 'progress.json',
    mimeType: 'application/json',
    buffer: Buffer.from(progressFile(['configure-default-profile', 'from-another-site'])),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Ignored 1 unknown id' })).toContainText(
    'from-another-site',
  );
  await expect(homeSummary(page)).toContainText(`1 of ${EXERCISE_COUNT} exercises done`);
});

test('Reset progress really resets: a sandbox that still passes does not count again (item 5)', async ({
  page,
}) => {
  const { terminal, section } = await openExercise(page, DEFAULT_PROFILE);
  await solveDefaultProfile(terminal);
  await expect(section.locator('[data-complete="true"]')).toBeVisible();
  await page.goto('/');
  await expect(homeSummary(page)).toContainText(`1 of ${EXERCISE_COUNT} exercises done`);
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await page
    .getByRole('dialog', { name: 'Reset your progress?' })
    .getByRole('button', { name: 'Reset progress' })
    .click();
  await expect(homeSummary(page)).toContainText(`0 of ${EXERCISE_COUNT} exercises done`);
  const again = await openExercise(page, DEFAULT_PROFILE);
  await expect(again.section.locator('[data-complete="true"]')).toBeVisible();
  await expect(again.section).toContainText('it is not counted again');
  await page.goto('/');
  await expect(homeSummary(page)).toContainText(`0 of ${EXERCISE_COUNT} exercises done`);
});

test('damaged progress: the lesson page says so and writes nothing over it until the learner chooses (item 5)', async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('skillshell:progress', '{oops');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const { terminal, section } = await openExercise(page, DEFAULT_PROFILE);
  const notice = page.locator('[data-progress-problem="damaged"]');
  await expect(notice).toContainText('damaged');
  await solveDefaultProfile(terminal);
  await expect(section.locator('[data-complete="true"]')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('skillshell:progress'))).toBe('{oops');
  await page.goto('/');
  await expect(page.locator('[data-progress-problem="damaged"]')).toBeVisible();
  await page.getByRole('button', { name: /Discard the damaged data/ }).click();
  await expect(page.locator('[data-progress-problem]')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('skillshell:progress'))).toContain('"format"');
});

test('the hint ladder comes back after a reload, and a new hint is announced (items 6, 7)', async ({
  page,
}) => {
  const { section } = await openExercise(page, DEFAULT_PROFILE);
  await section.getByRole('button', { name: 'Show a hint' }).click();
  const live = section.locator('[aria-live="polite"]').filter({ hasText: /^Hint 1 of 3: / });
  await expect(live).toContainText('IAM call');
  await section.getByRole('button', { name: /more specific hint \(2 of 3\)/ }).click();
  await expect(section.locator('[aria-live="polite"]').filter({ hasText: /^Hint 2 of 3: / })).toHaveCount(1);
  await page.reload();
  const again = await openExercise(page, DEFAULT_PROFILE);
  await expect(again.section.getByRole('button', { name: /more specific hint \(3 of 3\)/ })).toBeVisible();
  await expect(again.section.locator('h4:has-text("Stuck?") + ol > li')).toHaveCount(2);
});

test('"Show solution" while aws configure asks fills only the answer to that question (issue 8 item 5)', async ({
  page,
}) => {
  const { section, terminal } = await openExercise(page, DEFAULT_PROFILE);
  for (const name of ['Show a hint', /\(2 of 3\)/, /\(3 of 3\)/])
    await section.getByRole('button', { name }).click();
  // The solution answers `aws configure` with Enter twice (keep the key set before), then the region.
  await run(terminal, 'aws configure');
  await expect(terminal.input).toHaveAccessibleDescription('AWS Access Key ID [None]:');
  await section.getByRole('button', { name: 'Show solution' }).click();
  await expect(terminal.input).toHaveValue('');
  await expect(section.getByText(/the solution keeps the value shown, so just press Enter/)).toBeVisible();
  await terminal.input.press('Enter');
  await expect(terminal.input).toHaveAccessibleDescription('AWS Secret Access Key [None]:');
  await terminal.input.press('Enter');
  await expect(terminal.input).toHaveAccessibleDescription('Default region name [None]:');
  await section.getByRole('button', { name: 'Show solution' }).click();
  await expect(terminal.input).toHaveValue('eu-west-1');
  await expect(section.getByText(/the solution's answer is in the input/)).toBeVisible();
});

test('"Run in terminal" fills the nearest terminal, not the next one below (item 8)', async ({ page }) => {
  await page.goto(LESSON);
  const button = page.getByRole('button', { name: 'Run in terminal' }).first();
  await button.scrollIntoViewIfNeeded();
  const code = await button.locator('xpath=ancestor::figure[1]').locator('pre').innerText();
  await button.click();
  const nearest = page.getByRole('region', { name: `Exercise: ${DEFAULT_PROFILE}` }).getByRole('textbox', {
    name: /Terminal/,
  });
  await expect(nearest).toHaveValue(code.split('\n')[0] ?? '');
  await expect(nearest).toBeFocused();
});

test('a completed exercise drops "Stuck?" and the solution note; one reset; the sidebar says "read" (item 8)', async ({
  page,
}) => {
  const { section, terminal } = await openExercise(page, DEFAULT_PROFILE);
  await expect(section.getByRole('heading', { name: 'Stuck?' })).toBeVisible();
  await expect(section.getByRole('button', { name: /^Reset/ })).toHaveCount(1);
  await solveDefaultProfile(terminal);
  await expect(section.locator('[data-complete="true"]')).toBeVisible();
  await expect(section.getByRole('heading', { name: 'Stuck?' })).toHaveCount(0);
  await expect(section.getByRole('button', { name: /hint|Show solution/ })).toHaveCount(0);
  const mark = page.locator(`[data-lesson-mark="${LESSON_ID}"] [aria-hidden="true"]`).first();
  await expect(mark).toHaveText('1/2 exercises');
  await expect(mark).not.toContainText('✓');
});

test('home leads with what a learner can do today; the rest is a compact map marked as coming (item 9)', async ({
  page,
}) => {
  await page.goto('/');
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings.indexOf('Available now')).toBeGreaterThanOrEqual(0);
  expect(headings.indexOf('Available now')).toBeLessThan(headings.indexOf('Course map'));
  const exercises = page.getByRole('list', { name: 'Exercises in AWS Programmatic Access' });
  await expect(exercises.getByRole('listitem')).toHaveCount(2);
  const second = page.getByRole('list', { name: 'Exercises in AWS CLI Profiles and Environment Variables' });
  await expect(second.getByRole('listitem')).toHaveCount(6);
  await expect(page.locator('.outline-module .badge-coming')).toHaveCount(32);
  // Compact: the map of 33 modules is shorter than two screens.
  const map = await page.locator('.course-map').boundingBox();
  const viewport = page.viewportSize();
  if (!map || !viewport) throw new Error('no boxes');
  expect(map.height).toBeLessThan(viewport.height * (viewport.width < 600 ? 6 : 2));
});

test('no CSP violation on load: zod and the app attempt no eval, on home and a lesson with terminal and editor (item 10)', async ({
  page,
}) => {
  const violations: { directive: string; source: string }[] = [];
  await page.exposeFunction('reportViolation', (directive: string, source: string) =>
    violations.push({ directive, source }),
  );
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation(d: string, s: string): void }).reportViolation(
        e.violatedDirective,
        `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      );
    });
  });
  await page.goto('/');
  await expect(homeSummary(page)).toContainText('exercises done');
  // Home loads the progress store (zod): nothing at all may be refused there.
  expect(violations).toEqual([]);
  const { terminal, section } = await openExercise(page, DEFAULT_PROFILE);
  await run(terminal, 'aws configure list');
  await section.getByRole('button', { name: 'Show a hint' }).click();
  await run(terminal, 'nano ~/notes.txt');
  await expect(page.locator('.monaco-editor .view-lines').first()).toBeVisible({ timeout: 20000 });
  await page.waitForTimeout(500);
  // Nothing at all: the engine's Node stand-ins (lib/shell/browser-shims) replace Next's util polyfill, whose
  // generator probe ran `Function(...)` on every lesson load.
  expect(violations.map((v) => `${v.directive} ${v.source}`)).toEqual([]);
});

/** axe with the target-size rule on (it is not in the default set). */
async function axe(page: Page) {
  const results = await new AxeBuilder({ page })
    .options({ rules: { 'target-size': { enabled: true } } })
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe (target size included) and screenshots: home, lesson, terminal + editor, completed exercise (${scheme})`, async ({
    page,
  }, info) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    const shot = (name: string) =>
      page.screenshot({ path: info.outputPath(`${info.project.name}-${name}-${scheme}.png`) });
    await page.goto('/');
    await expect(homeSummary(page)).toContainText('exercises done');
    expect(await axe(page), 'home').toEqual([]);
    await shot('home');

    await page.goto(LESSON);
    expect(await axe(page), 'lesson').toEqual([]);
    await shot('lesson');

    const { section, terminal } = await openExercise(page, DEFAULT_PROFILE);
    await run(terminal, 'mkdir -p ~/.aws && touch ~/.aws/config');
    await run(terminal, 'nano ~/.aws/config');
    await expect(page.locator('.monaco-editor .view-lines').first()).toBeVisible({ timeout: 20000 });
    await expect(page.getByRole('region', { name: 'Problems in ~/.aws/config' })).toBeVisible();
    expect(await axe(page), 'terminal and editor open').toEqual([]);
    await terminal.region.scrollIntoViewIfNeeded();
    await shot('editor');
    await page.keyboard.press('Escape');

    await solveDefaultProfile(terminal);
    await expect(section.locator('[data-complete="true"]')).toBeVisible();
    expect(await axe(page), 'completed exercise').toEqual([]);
    await section.locator('[data-complete="true"]').scrollIntoViewIfNeeded();
    await shot('complete');
  });
}
