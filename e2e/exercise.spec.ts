// The exercise panel: checklist turning green through the real terminal, hints, show solution, check, reset, a11y.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createCameraKey, DEFAULT_PROFILE, openExercise, solveDefaultProfile } from './exercise-helpers';
import { answer, run } from './terminal-helpers';

test('solving exercise 1 in the terminal turns the checklist green and says so', async ({ page }) => {
  const { section, terminal, checks } = await openExercise(page, DEFAULT_PROFILE);
  const items = checks.getByRole('listitem');
  await expect(items).toHaveCount(5);
  await expect(items.filter({ hasText: '(not yet)' })).toHaveCount(5);
  // A failing check explains itself.
  await expect(items.nth(1)).toContainText('The default profile holds a key of camera-uploader');

  // A new key, then a wrong region: that check stays open with its message; key, credentials, output pass.
  const { id, secret } = await createCameraKey(terminal);
  await run(terminal, 'aws configure');
  await answer(terminal, 'AWS Access Key ID [None]:', id);
  await answer(terminal, 'AWS Secret Access Key [None]:', secret);
  await answer(terminal, 'Default region name [None]:', 'eu-west-2');
  await answer(terminal, 'Default output format [None]:', 'json');
  const region = items.filter({ hasText: 'region eu-west-1' });
  await expect(region).toContainText('(not yet)');
  await expect(region).toContainText('expected eu-west-1');
  await expect(items.filter({ hasText: '(done)' })).toHaveCount(3);

  await run(terminal, 'aws configure set region eu-west-1');
  await expect(items.filter({ hasText: '(done)' })).toHaveCount(4);
  await run(terminal, 'aws sts get-caller-identity');
  await expect(items.filter({ hasText: '(done)' })).toHaveCount(5);
  await expect(section.getByText('Exercise complete: every check passes.').first()).toBeVisible();
  await expect(section.locator('[data-complete="true"]')).toBeVisible();

  // `check` prints the same list as text.
  await run(terminal, 'check');
  await expect(terminal.log).toContainText('[x] The default profile uses the region eu-west-1');
  await expect(terminal.log).toContainText('All checks pass: exercise complete.');
});

test('the hint ladder ends in "Show solution", which fills the input without running it', async ({
  page,
}) => {
  const { section, terminal } = await openExercise(page, DEFAULT_PROFILE);
  await section.getByRole('button', { name: 'Show a hint' }).click();
  await expect(
    section.getByRole('listitem').filter({ hasText: 'Creating a key is an IAM call' }),
  ).toBeVisible();
  await section.getByRole('button', { name: /Show a more specific hint \(2 of 3\)/ }).click();
  await section.getByRole('button', { name: /Show a more specific hint \(3 of 3\)/ }).click();
  await expect(section.getByRole('listitem').filter({ hasText: /the Arn ends in/ })).toBeVisible();

  await section.getByRole('button', { name: 'Show solution' }).click();
  await expect(terminal.input).toHaveValue(
    /^aws iam create-access-key --user-name camera-uploader --profile admin/,
  );
  await expect(terminal.input).toBeFocused();
  await expect(section.getByText(/Step 1 of \d+ is in the terminal input/)).toBeVisible();
  // Nothing ran: no key was created and the checklist is unchanged.
  await expect(terminal.log).not.toContainText('AKIA');
  await expect(section.getByRole('listitem').filter({ hasText: '(not yet)' })).toHaveCount(5);

  // Enter runs that step only; "Show solution" again brings the next one.
  await terminal.input.press('Enter');
  await expect(terminal.input).toHaveValue('');
  await section.getByRole('button', { name: 'Show solution' }).click();
  await expect(terminal.input).toHaveValue('read -r id secret < key.txt');
  await expect(section.getByText(/Step 2 of \d+ is in the terminal input/)).toBeVisible();
});

test('"check" before any work lists what is missing', async ({ page }) => {
  const { terminal } = await openExercise(page, DEFAULT_PROFILE);
  await run(terminal, 'check');
  await expect(terminal.log).toContainText('Configure the default profile');
  await expect(terminal.log).toContainText('[ ] The default profile uses the region eu-west-1');
  await expect(terminal.log).toContainText('0/5 checks pass.');
});

test('one reset button in an exercise: "Reset sandbox" asks first, then starts the exercise over', async ({
  page,
}) => {
  const { section, terminal, checks } = await openExercise(page, DEFAULT_PROFILE);
  await expect(section.getByRole('button', { name: /^Reset/ })).toHaveCount(1);
  await solveDefaultProfile(terminal);
  await expect(checks.getByRole('listitem').filter({ hasText: '(done)' })).toHaveCount(5);
  await section.getByRole('button', { name: 'Reset sandbox' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset the sandbox?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(checks.getByRole('listitem').filter({ hasText: '(done)' })).toHaveCount(5);
  await section.getByRole('button', { name: 'Reset sandbox' }).click();
  await dialog.getByRole('button', { name: 'Reset sandbox' }).click();
  await expect(checks.getByRole('listitem').filter({ hasText: '(not yet)' })).toHaveCount(5);
  // The setup again: only the admin profile, and camera-uploader without a key.
  await run(
    terminal,
    'aws configure list-profiles | tr "\\n" " "; aws iam list-access-keys --user-name camera-uploader --profile admin --query "length(AccessKeyMetadata)"',
  );
  await expect(terminal.log).toContainText(/admin \s*0/);
});

test('keyboard only: hints and the solution are reachable with Tab, Enter and Space', async ({ page }) => {
  const { section, terminal } = await openExercise(page, DEFAULT_PROFILE);
  const hint = section.getByRole('button', { name: 'Show a hint' });
  await hint.focus();
  await page.keyboard.press('Enter');
  // The next rung replaces the button in place; focus it from the previous element with Tab.
  const more = section.getByRole('button', { name: /more specific hint \(2 of 3\)/ });
  await expect(more).toBeVisible();
  await terminal.input.focus();
  for (let i = 0; i < 40 && !(await more.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(more).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  const third = section.getByRole('button', { name: /\(3 of 3\)/ });
  if (!(await third.evaluate((el) => el === document.activeElement))) await third.focus();
  await page.keyboard.press('Enter');
  const solution = section.getByRole('button', { name: 'Show solution' });
  await solution.focus();
  await page.keyboard.press('Enter');
  await expect(terminal.input).toBeFocused();
  await expect(terminal.input).toHaveValue(/^aws iam create-access-key/);
});

test('axe finds no violations with an exercise panel open, hints shown and the exercise complete', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const { section, terminal } = await openExercise(page, DEFAULT_PROFILE);
  await section.getByRole('button', { name: 'Show a hint' }).click();
  let results = await new AxeBuilder({ page }).include('section[data-exercise]').analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await solveDefaultProfile(terminal);
  await expect(section.locator('[data-complete="true"]')).toBeVisible();
  results = await new AxeBuilder({ page }).include('section[data-exercise]').analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});

for (const [name, viewport, colorScheme] of [
  ['desktop', { width: 1280, height: 900 }, 'light'],
  ['phone', { width: 360, height: 780 }, 'light'],
  ['desktop-dark', { width: 1280, height: 900 }, 'dark'],
] as const) {
  test(`screenshot of an exercise in progress (${name})`, async ({ page }, info) => {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme });
    const { section, terminal } = await openExercise(page, DEFAULT_PROFILE);
    await run(terminal, 'aws iam create-access-key --user-name camera-uploader --profile admin');
    await section.getByRole('button', { name: 'Show a hint' }).click();
    await expect(section.getByRole('listitem').filter({ hasText: '(done)' })).toHaveCount(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // A clip of the full page: an element screenshot would stitch the sticky header into the middle.
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = await section.boundingBox();
    const scrollY = await page.evaluate(() => window.scrollY);
    if (!box) throw new Error('exercise section has no box');
    await page.screenshot({
      path: info.outputPath(`exercise-${name}.png`),
      fullPage: true,
      clip: { x: 0, y: box.y + scrollY - 8, width: viewport.width, height: box.height + 16 },
    });
  });
}
