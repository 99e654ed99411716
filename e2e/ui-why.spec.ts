// The terminal's "Why?" panel (issue 11, item 4): a denied call shows its deciding statement, the next call updates it.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LESSON, run, terminalParts } from './terminal-helpers';

const KEYS =
  'export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const DENY_LISTING =
  '{"Version":"2012-10-17","Statement":[{"Sid":"NoBucketListing","Effect":"Deny","Action":"s3:ListAllMyBuckets","Resource":"*"}]}';

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include('section[aria-busy]')
    .options({ rules: { 'target-size': { enabled: true } } })
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`Why? explains a denied call, then updates for an allowed one (${colorScheme})`, async ({
    page,
  }, info) => {
    test.setTimeout(90_000);
    // The phone project checks the narrowest common phone width.
    if (info.project.name === 'phone') await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme });
    await page.goto(LESSON);
    const terminal = await terminalParts(page);
    await run(terminal, KEYS);
    await run(
      terminal,
      `aws iam put-user-policy --user-name sample_user --policy-name NoListing --policy-document '${DENY_LISTING}'`,
    );
    await run(terminal, 'aws s3 ls');
    await expect(terminal.log).toContainText('AccessDenied');

    const toggle = terminal.region.getByRole('button', { name: /^Why\?/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const panel = terminal.region.getByRole('region', { name: 'Why: the last aws call explained' });
    await expect(panel.getByRole('heading', { name: 'Why: the last aws call explained' })).toBeFocused();
    await expect(panel).toContainText('aws s3 ls');
    await expect(panel).toContainText(/explicitly denied \(AccessDenied, exit \d+\)/);
    await expect(panel).toContainText('env: AWS_ACCESS_KEY_ID');
    const decided = panel
      .getByRole('listitem')
      .filter({ hasText: /^Statement \d+ \(Sid \w+\), \w+: decided/ });
    await expect(decided).toHaveCount(1);
    await expect(decided).toContainText('Statement 0 (Sid NoBucketListing), Deny: decided');
    await expect(panel).toContainText('user sample_user: inline policy NoListing');
    await expect(panel.getByRole('status')).toHaveText('');
    expect(await axeViolations(page)).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await panel.screenshot({ path: info.outputPath(`why-denied-${colorScheme}.png`) });

    // The panel stays open while the learner works, and follows the newest aws call.
    await terminal.input.focus();
    await run(terminal, 'aws iam get-user');
    await expect(panel).toContainText('aws iam get-user');
    await expect(panel).toContainText('allowed (exit 0)');
    await expect(panel.getByRole('status')).toHaveText(
      'Explanation updated: aws iam get-user: allowed (exit 0)',
    );
    await expect(
      panel.getByRole('listitem').filter({ hasText: /^Statement \d+(?: \(Sid \w+\))?, \w+: decided/ }),
    ).toHaveText(/^Statement 0, Allow: decided/);
    await expect(panel).toContainText('AdministratorAccess');
    await expect(panel).not.toContainText('NoBucketListing), Deny: decided');
    expect(await axeViolations(page)).toEqual([]);
    await panel.screenshot({ path: info.outputPath(`why-allowed-${colorScheme}.png`) });

    // Escape closes it and gives focus back to the button.
    await panel.getByRole('heading', { level: 3 }).focus();
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
}

test('Why? before any aws call says there is nothing to explain yet', async ({ page }) => {
  await page.goto(LESSON);
  const terminal = await terminalParts(page);
  await terminal.region.getByRole('button', { name: /^Why\?/ }).click();
  const panel = terminal.region.getByRole('region', { name: 'Why: the last aws call explained' });
  await expect(panel).toContainText('No aws command has run in this terminal yet.');
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toHaveCount(0);
});
