// Keyboard-only use, "Run in terminal", and screenshots at desktop and phone widths in light and dark.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openTerminal, run, terminalParts, LESSON } from './terminal-helpers';

test('keyboard only: reach the input, run a command, Tab leaves an empty line, reset through the dialog', async ({
  page,
}) => {
  const t = await openTerminal(page);
  await t.region.getByRole('button', { name: 'Reset sandbox' }).focus();
  await page.keyboard.press('Tab'); // from the toolbar into the terminal input
  await expect(t.input).toBeFocused();
  await page.keyboard.type('echo typed-by-keyboard');
  await page.keyboard.press('Enter');
  await expect(t.log).toContainText('typed-by-keyboard');
  await page.keyboard.press('Shift+Tab');
  await expect(t.region.getByRole('button', { name: 'Reset sandbox' })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Reset the sandbox?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(t.input).toBeFocused();
  await page.keyboard.press('Tab'); // an empty line does not trap Tab
  await expect(t.input).not.toBeFocused();
});

test('Run in terminal puts a runnable block in the input; Enter brings the next line', async ({ page }) => {
  await page.goto(LESSON);
  const button = page.getByRole('button', { name: 'Run in terminal' }).first();
  const block = button.locator('xpath=ancestor::figure[1]');
  const firstLine = ((await block.locator('pre').innerText()).split('\n')[0] ?? '').trim();
  await button.click();
  const input = page.locator('input:focus');
  await expect(input).toHaveValue(firstLine);
  const t = await terminalParts(page);
  expect(await input.getAttribute('aria-label')).toContain('Terminal');
  void t;
});

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 360, height: 740 }],
  ] as const) {
    test(`${name} ${scheme}: the terminal fits the width and keeps its input in view`, async ({
      page,
    }, info) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize(viewport);
      const t = await openTerminal(page);
      await run(
        t,
        'printf "\\033[1;32mgreen\\033[0m \\033[31mred\\033[0m \\033[4;34munderlined blue\\033[0m\\n"',
      );
      await run(t, 'aws configure list');
      await run(t, 'seq 1 40');
      // The input stays inside the visible part of the scrolling screen (measured in one frame).
      const inView = await t.input.evaluate((input) => {
        const screen = input.parentElement?.parentElement;
        if (!screen) return false;
        const a = input.getBoundingClientRect();
        const b = screen.getBoundingClientRect();
        return a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
      });
      expect(inView).toBe(true);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await t.region.scrollIntoViewIfNeeded();
      await page.screenshot({ path: info.outputPath(`terminal-${name}-${scheme}.png`) });
      await run(t, 'mkdir -p ~/.aws && printf "[profile dev]\\nregoin = eu-west-1\\n" > ~/.aws/credentials');
      await run(t, 'nano ~/.aws/credentials');
      await expect(page.locator('.monaco-editor .view-lines').first()).toBeVisible({ timeout: 20000 });
      await page.getByRole('heading', { name: /Editing/ }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: info.outputPath(`editor-${name}-${scheme}.png`), fullPage: false });
      const results = await new AxeBuilder({ page }).include('section[aria-busy]').analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });
  }
}
