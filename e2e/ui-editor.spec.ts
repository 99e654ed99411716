// The editor as a terminal user meets it (issue 14, items 1, 2, 8): INI typing, room, nano's keys, missing folders.
import { expect, test, type Page } from '@playwright/test';
import { openTerminal, run, type TerminalParts } from './terminal-helpers';

const editorText = (page: Page) => page.locator('.monaco-editor .view-lines').first();

async function openEditor(page: Page, t: TerminalParts, file: string) {
  await run(t, `nano ${file}`);
  // Monaco's chunk downloads on first open: allow for a slow, busy machine.
  await expect(
    page.getByRole('heading', {
      name: new RegExp(`^Editing ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    }),
  ).toBeVisible({
    timeout: 20000,
  });
  await expect(editorText(page)).toBeVisible({ timeout: 15000 });
  await editorText(page).click();
}

test('typing [profile example_1] in ~/.aws/config saves exactly that: no auto-closed ] or quote', async ({
  page,
}) => {
  const t = await openTerminal(page);
  await run(t, 'mkdir -p ~/.aws');
  await openEditor(page, t, '~/.aws/config');
  // The opening and closing characters typed as keys (auto-closing reacts to typed characters only), with
  // End in between as a learner does: an auto-inserted `]` or `"` would then be doubled.
  await page.keyboard.press('BracketLeft');
  await page.keyboard.insertText('profile example_1');
  await page.keyboard.press('End');
  await page.keyboard.press('BracketRight');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('cli_pager = ');
  await page.keyboard.press('Shift+Quote');
  await page.keyboard.insertText('x');
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Quote');
  await page.keyboard.press('Control+o');
  await expect(page.getByRole('status').filter({ hasText: 'Saved ~/.aws/config.' })).toBeVisible();
  await run(t, 'cat -A ~/.aws/config');
  await expect(t.log).toContainText('[profile example_1]$');
  await expect(t.log).toContainText('cli_pager = "x"');
  await expect(t.log).not.toContainText(']]');
  await expect(t.log).not.toContainText('"x""');
});

test('the editor takes the terminal width and more height; the file tree folds; long lines do not wrap', async ({
  page,
}) => {
  const t = await openTerminal(page);
  // The lesson's first terminal starts with the admin profile's files: this journey needs an empty home.
  await run(t, 'rm -rf ~/.aws');
  await run(t, 'mkdir -p ~/.aws');
  await openEditor(page, t, '~/.aws/credentials');
  const box = await page.locator('.monaco-editor').first().boundingBox();
  const terminal = await t.region.boundingBox();
  if (!box || !terminal) throw new Error('no boxes');
  expect(box.width).toBeGreaterThan(terminal.width - 8);
  expect(box.height).toBeGreaterThanOrEqual(288);
  const toggle = t.region.getByRole('button', { name: 'Show files' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(page.getByRole('navigation', { name: 'Files in the sandbox home' })).toBeVisible();
  await t.region.getByRole('button', { name: 'Hide files' }).click();
  await expect(page.getByRole('navigation', { name: 'Files in the sandbox home' })).toHaveCount(0);

  // A long secret stays one screen line, so Home and End act on the whole key.
  await editorText(page).click();
  await page.keyboard.insertText(
    `aws_secret_access_key = ${'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'.repeat(4)}`,
  );
  await expect(page.locator('.monaco-editor .view-line')).toHaveCount(1);
});

test("nano's keys: Ctrl+K cuts a line, Ctrl+U pastes it, Ctrl+O writes out, Ctrl+X exits; the key help shows them", async ({
  page,
}) => {
  const t = await openTerminal(page);
  await run(t, 'printf "one\\ntwo\\nthree\\n" > ~/list.txt');
  await openEditor(page, t, '~/list.txt');
  const help = t.region.locator('p').filter({ hasText: 'Write Out' });
  await expect(help).toContainText('^O Write Out');
  await expect(help).toContainText('^X Exit');
  await expect(help).toContainText('^K Cut Line');
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+k');
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Control+u');
  await expect(page.getByRole('heading', { name: /unsaved changes/ })).toBeVisible();
  await page.keyboard.press('Control+o');
  await expect(page.getByRole('status').filter({ hasText: 'Saved ~/list.txt.' })).toBeVisible();
  await page.keyboard.press('Control+x');
  await expect(page.getByRole('heading', { name: /^Editing/ })).toHaveCount(0);
  await expect(t.input).toBeFocused();
  await run(t, 'cat ~/list.txt | tr "\\n" ,');
  await expect(t.log).toContainText('two,three,one,');
});

test('Escape closes the editor, asking first when there are unsaved changes', async ({ page }) => {
  const t = await openTerminal(page);
  await openEditor(page, t, '~/notes.txt');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: /^Editing/ })).toHaveCount(0);
  await openEditor(page, t, '~/notes.txt');
  await page.keyboard.insertText('draft');
  await page.keyboard.press('Escape');
  const dialog = page.getByRole('dialog', { name: 'Save your changes?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: /Editing ~\/notes.txt/ })).toBeVisible();
  await editorText(page).click();
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: "Don't save" }).click();
  await expect(page.getByRole('heading', { name: /^Editing/ })).toHaveCount(0);
  await expect(t.input).toBeFocused();
});

test('nano ~/.aws/credentials before ~/.aws exists opens an empty buffer; saving says to mkdir ~/.aws', async ({
  page,
}) => {
  const t = await openTerminal(page);
  // The lesson's first terminal starts with the admin profile's files: this journey needs an empty home.
  await run(t, 'rm -rf ~/.aws');
  await openEditor(page, t, '~/.aws/credentials');
  await expect(t.log).not.toContainText('No such file or directory');
  await expect(page.getByRole('status').filter({ hasText: 'mkdir ~/.aws' })).toBeVisible();
  await page.keyboard.insertText('[default]\n');
  await page.keyboard.press('Control+o');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'the folder ~/.aws does not exist. Create it in the terminal with mkdir ~/.aws' }),
  ).toBeVisible();
  await run(t, 'mkdir ~/.aws');
  await editorText(page).click();
  await page.keyboard.press('Control+o');
  await expect(page.getByRole('status').filter({ hasText: 'Saved ~/.aws/credentials.' })).toBeVisible();
  await run(t, 'cat ~/.aws/credentials');
  await expect(t.log).toContainText('[default]');
});
