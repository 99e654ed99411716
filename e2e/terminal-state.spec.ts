// The sandbox survives a reload; Reset and New session; broken or blocked storage gives a notice, never a crash.
import { expect, test } from '@playwright/test';
import { openTerminal, run, terminalParts } from './terminal-helpers';

test('reload keeps files, variables, cwd and history; Reset (confirmed) clears them', async ({ page }) => {
  const t = await openTerminal(page);
  await run(t, 'mkdir -p ~/.aws && echo kept > ~/.aws/note');
  await run(t, 'export KEPT=yes');
  await run(t, 'cd ~/.aws');
  await page.reload();
  const again = await terminalParts(page);
  await expect(again.input).toHaveAccessibleDescription('learner@skillshell:~/.aws$');
  await run(again, 'cat note; echo "KEPT=$KEPT"');
  await expect(again.log).toContainText(/kept\s*KEPT=yes/);
  await again.input.press('ArrowUp');
  await expect(again.input).toHaveValue('cat note; echo "KEPT=$KEPT"');
  await again.input.fill('');

  await again.region.getByRole('button', { name: 'Reset sandbox' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset the sandbox?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await run(again, 'cat ~/.aws/note');
  await expect(again.log).toContainText('kept');
  await again.region.getByRole('button', { name: 'Reset sandbox' }).click();
  await page
    .getByRole('dialog', { name: 'Reset the sandbox?' })
    .getByRole('button', { name: 'Reset sandbox' })
    .click();
  await expect(again.log).toContainText('The sandbox was reset');
  await expect(again.input).toBeFocused();
  await run(again, 'cat ~/.aws/note; echo "KEPT=$KEPT"; pwd');
  await expect(again.log).toContainText('No such file or directory');
  await expect(again.log).toContainText('KEPT=\n');
  await page.reload();
  const fresh = await terminalParts(page);
  await run(fresh, 'ls ~/.aws/note');
  await expect(fresh.log).toContainText('No such file or directory');
});

test('New session keeps files and drops exported variables, and says so', async ({ page }) => {
  const t = await openTerminal(page);
  await run(t, 'echo data > ~/keep.txt; export GONE=1');
  await t.region.getByRole('button', { name: 'New session' }).click();
  await expect(t.log).toContainText('New session: your files are still here');
  await run(t, 'cat ~/keep.txt; echo "GONE=[$GONE]"');
  await expect(t.log).toContainText(/data\s*GONE=\[\]/);
});

test('corrupted saved state shows a notice and a working fresh sandbox', async ({ page }) => {
  // Once the page has read its saved state (the engine is preloaded: that can be before 'load').
  await openTerminal(page);
  await page.evaluate(() => {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith('skillshell:terminal:'))
        localStorage.setItem(key, '{"format":"skillshell-terminal","version":1,"snapshot":{"nope":true}}');
    }
    // The page's first terminal (the one terminalParts finds) is the create-camera-user exercise's.
    localStorage.setItem(
      'skillshell:terminal:v1:aws-foundations/aws-programmatic-access#create-camera-user',
      '{not json',
    );
  });
  await page.reload();
  const t = await terminalParts(page);
  await expect(t.region.getByRole('status')).toContainText('could not be read', { timeout: 10000 });
  await run(t, 'echo works');
  await expect(t.log).toContainText('works');
});

test('storage disabled: a notice, and the terminal still works', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const t = await openTerminal(page);
  await expect(t.region.getByRole('status')).toContainText('does not let this page store data');
  await run(t, 'echo still-works');
  await expect(t.log).toContainText('still-works');
});

test('a full quota shows a notice', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  const t = await openTerminal(page);
  await run(t, 'echo x');
  await expect(t.region.getByRole('status')).toContainText('storage for this site is full');
});

test('reload shows the recent output again, marked as restored', async ({ page }) => {
  const t = await openTerminal(page);
  await run(t, 'echo before-the-reload');
  await page.reload();
  const again = await terminalParts(page);
  await expect(again.log).toContainText(/echo before-the-reload\s*before-the-reload/);
  await expect(again.log).toContainText('Restored after a reload: the lines above are from your last visit.');
  await run(again, 'echo after-the-reload');
  await expect(again.log).toContainText(/last visit\.[\s\S]*after-the-reload/);
});
