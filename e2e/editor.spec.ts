// Journeys through the editor: nano opens Monaco (loaded only then), save keeps the file, diagnostics explain mistakes.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { forbidForeignRequests, openTerminal, run, type TerminalParts } from './terminal-helpers';

/** Types into Monaco (its hidden textarea does not take focus in this chromium: click the text area). */
async function typeInEditor(page: Page, text: string) {
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(text); // typing key by key races Monaco's EditContext in this chromium
}

async function openEditor(page: Page, t: TerminalParts, file: string) {
  await run(t, `nano ${file}`);
  // The editor's chunk (Monaco) downloads on first open: allow for a slow, busy machine.
  await expect(page.getByRole('heading', { name: `Editing ${file}` })).toBeVisible({ timeout: 20000 });
  await expect(page.locator('.monaco-editor .view-lines').first()).toBeVisible({ timeout: 15000 });
}

test('Monaco is requested only when the editor opens, from the site itself', async ({ page, baseURL }) => {
  const foreign = forbidForeignRequests(page, baseURL ?? 'http://127.0.0.1:3100');
  const monacoScripts: string[] = [];
  let editorOpened = false;
  const early: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = await response.text().catch(() => '');
    if (body.includes('MonacoEnvironment')) {
      monacoScripts.push(response.url());
      if (!editorOpened) early.push(response.url());
    }
  });
  const t = await openTerminal(page);
  await page.waitForLoadState('networkidle');
  expect(monacoScripts).toEqual([]);
  await run(t, 'mkdir -p ~/.aws');
  editorOpened = true;
  await openEditor(page, t, '~/.aws/config');
  expect(monacoScripts.length).toBeGreaterThan(0);
  expect(early).toEqual([]);
  expect(foreign).toEqual([]);
});

test('nano a file, edit, Ctrl+S keeps the mode, Close returns to the terminal, cat shows it', async ({
  page,
}) => {
  const t = await openTerminal(page);
  await run(t, 'mkdir -p ~/.aws && printf "[default]\\n" > ~/.aws/config && chmod 600 ~/.aws/config');
  await openEditor(page, t, '~/.aws/config');
  await typeInEditor(page, 'region = eu-west-1\n');
  await expect(page.getByRole('heading', { name: /unsaved changes/ })).toBeVisible();
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: 'Saved ~/.aws/config.' })).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(t.input).toBeFocused();
  await run(t, 'cat ~/.aws/config; stat -c %a ~/.aws/config');
  await expect(t.log).toContainText(/\[default\]\s*region = eu-west-1\s*600/);
});

test('a new file is created on save; closing with unsaved changes asks first', async ({ page }) => {
  const t = await openTerminal(page);
  await openEditor(page, t, '~/notes.txt');
  await expect(page.getByText('is a new file: it is created when you save.')).toBeVisible();
  await typeInEditor(page, 'hello');
  await page.getByRole('button', { name: 'Close' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save your changes?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: /Editing ~\/notes.txt/ })).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await page
    .getByRole('dialog', { name: 'Save your changes?' })
    .getByRole('button', { name: 'Save', exact: true })
    .click();
  await expect(t.input).toBeFocused();
  await run(t, 'cat ~/notes.txt');
  await expect(t.log).toContainText('hello');
});

test('a [profile x] section in the credentials file gets its explanation, as a marker and as text', async ({
  page,
}) => {
  const t = await openTerminal(page);
  // The lesson's first terminal starts with the admin profile's files: this journey needs an empty home.
  await run(t, 'rm -rf ~/.aws');
  await run(t, 'mkdir -p ~/.aws');
  await openEditor(page, t, '~/.aws/credentials');
  await typeInEditor(page, '[profile dev]\naws_access_key_id = AKIAI44QH8DHBEXAMPLE\n');
  const problems = page.getByRole('region', { name: 'Problems in ~/.aws/credentials' });
  await expect(problems).toContainText('1 problem in this file');
  await expect(problems).toContainText(
    'Warning, line 1: In the credentials file a section is just the profile name: write [dev].',
  );
  await expect(page.locator('.monaco-editor .squiggly-warning')).toHaveCount(1);
});

test('the file tree opens files of the home, ~/.aws included', async ({ page }) => {
  const t = await openTerminal(page);
  await run(t, 'mkdir -p ~/.aws && echo "[default]" > ~/.aws/credentials');
  await t.region.getByRole('button', { name: 'Files' }).click();
  const tree = page.getByRole('navigation', { name: 'Files in the sandbox home' });
  await tree.getByRole('button', { name: 'credentials' }).click();
  await expect(page.getByRole('heading', { name: 'Editing ~/.aws/credentials' })).toBeVisible();
  await expect(page.locator('.monaco-editor .view-lines').first()).toContainText('[default]');
});

test('axe finds no violations with the terminal and the editor open', async ({ page }) => {
  const t = await openTerminal(page);
  await run(t, 'mkdir -p ~/.aws && printf "[dev]\\nregion = us-east-7\\n" > ~/.aws/config');
  await openEditor(page, t, '~/.aws/config');
  await expect(page.getByRole('region', { name: 'Problems in ~/.aws/config' })).toContainText('2 problems');
  const results = await new AxeBuilder({ page }).include('section[aria-busy]').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});
