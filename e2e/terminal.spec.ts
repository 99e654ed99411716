// Journeys through the lesson terminal: prompts, aws configure, history, completion, Ctrl+C, state that survives.
import { expect, test } from '@playwright/test';
import { answer, forbidForeignRequests, openTerminal, run } from './terminal-helpers';

test('aws configure asks four questions, then the files and configure list show the answers', async ({
  page,
  baseURL,
}) => {
  const foreign = forbidForeignRequests(page, baseURL ?? 'http://127.0.0.1:3100');
  const t = await openTerminal(page);
  await expect(t.input).toHaveAccessibleDescription('learner@skillshell:~$');
  await t.input.fill('aws configure');
  await t.input.press('Enter');
  await answer(t, 'AWS Access Key ID [None]:', 'AKIAIOSFODNN7EXAMPLE');
  await answer(t, 'AWS Secret Access Key [None]:', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
  await answer(t, 'Default region name [None]:', 'eu-west-1');
  await answer(t, 'Default output format [None]:', 'json');
  await expect(t.region).toHaveAttribute('aria-busy', 'false');
  // Typed answers are echoed after their prompt, like on a tty.
  await expect(t.log).toContainText('AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE');
  await run(t, 'cat ~/.aws/credentials');
  await expect(t.log).toContainText('aws_access_key_id = AKIAIOSFODNN7EXAMPLE');
  await run(t, 'aws configure list');
  await expect(t.log).toContainText(/region\s+eu-west-1\s+config-file\s+~\/\.aws\/config/);
  expect(foreign).toEqual([]);
});

test('each aws configure question is announced in the output live region, not only beside the input', async ({
  page,
}) => {
  const t = await openTerminal(page);
  await expect(t.log).toHaveAttribute('role', 'log'); // a polite live region: additions are announced
  await t.input.fill('aws configure');
  await t.input.press('Enter');
  await expect(t.input).toHaveAccessibleDescription('AWS Access Key ID [None]:');
  await expect(t.log).toContainText(/AWS Access Key ID \[None\]:$/);
  await t.input.fill('AKIAIOSFODNN7EXAMPLE');
  await t.input.press('Enter');
  await expect(t.log).toContainText(/AKIAIOSFODNN7EXAMPLE\s*AWS Secret Access Key \[None\]:$/);
  await t.input.press('Control+c');
  await expect(t.region).toHaveAttribute('aria-busy', 'false');
  await expect(t.log).not.toContainText(/\[None\]:$/);
});

test('exported keys win: configure list shows the env source', async ({ page }) => {
  const t = await openTerminal(page);
  await run(t, 'export AWS_ACCESS_KEY_ID=AKIAI44QH8DHBEXAMPLE');
  await run(t, 'export AWS_SECRET_ACCESS_KEY=je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY');
  await run(t, 'aws configure list');
  await expect(t.log).toContainText(/access_key\s+\*+MPLE\s+env/);
});

test('Ctrl+C cancels a prompt and nothing is written', async ({ page }) => {
  const t = await openTerminal(page);
  // The lesson's first terminal starts with the admin profile's files: this journey needs an empty home.
  await run(t, 'rm -rf ~/.aws');
  await t.input.fill('aws configure');
  await t.input.press('Enter');
  await expect(t.input).toHaveAccessibleDescription('AWS Access Key ID [None]:');
  await t.input.press('Control+c');
  await expect(t.region).toHaveAttribute('aria-busy', 'false');
  await expect(t.log).toContainText('AWS Access Key ID [None]: ^C');
  await expect(t.input).toHaveAccessibleDescription('learner@skillshell:~$');
  await run(t, 'ls ~/.aws/credentials');
  await expect(t.log).toContainText('No such file or directory');
});

test('Ctrl+C on a typed line cancels it; Ctrl+A/E/U/K/W edit the line', async ({ page }) => {
  const t = await openTerminal(page);
  await t.input.fill('echo never');
  await t.input.press('Control+c');
  await expect(t.log).toContainText('learner@skillshell:~$ echo never^C');
  await expect(t.input).toHaveValue('');
  await t.input.fill('aws configure list');
  await t.input.press('Control+w');
  await expect(t.input).toHaveValue('aws configure ');
  await t.input.press('Control+a');
  await t.input.press('Control+k');
  await expect(t.input).toHaveValue('');
  await t.input.fill('one two');
  await t.input.press('Control+a');
  await t.input.press('Control+e');
  await t.input.press('Control+u');
  await expect(t.input).toHaveValue('');
});

test('Tab completes aws subcommands and profile names; ↑ recalls the last command', async ({ page }) => {
  const t = await openTerminal(page);
  await run(t, 'aws configure set aws_access_key_id AKIAI44QH8DHBEXAMPLE --profile example_1');
  await t.input.fill('aws configure li');
  await t.input.press('Tab');
  await expect(t.input).toHaveValue('aws configure list');
  await t.input.press('Tab');
  await expect(t.log).toContainText('list  list-profiles');
  await t.input.fill('aws configure list --profile ex');
  await t.input.press('Tab');
  await expect(t.input).toHaveValue('aws configure list --profile example_1 ');
  await t.input.press('Enter');
  await expect(t.log).toContainText(/profile\s+example_1\s+manual\s+--profile/);
  await t.input.press('ArrowUp');
  await expect(t.input).toHaveValue('aws configure list --profile example_1 ');
  await t.input.press('ArrowUp');
  await expect(t.input).toHaveValue(
    'aws configure set aws_access_key_id AKIAI44QH8DHBEXAMPLE --profile example_1',
  );
  await t.input.press('ArrowDown');
  await t.input.press('ArrowDown');
  await expect(t.input).toHaveValue('');
});

test('lines typed while a command runs are queued and run in order; a multi-line paste runs line by line', async ({
  page,
}) => {
  const t = await openTerminal(page);
  await t.input.fill('sleep 1; echo first');
  await t.input.press('Enter');
  await t.input.fill('echo second');
  await t.input.press('Enter');
  await expect(t.log).toContainText(/first[\s\S]*second/);
  await t.input.focus();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', "export PASTED=yes\necho 'multi\nline'\necho $PASTED\nleft in input");
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true }),
    );
  });
  await expect(t.log).toContainText('> line');
  await expect(t.log).toContainText(
    /echo 'multi\s*> line'\s*multi\s*line\s*learner@skillshell:~\$ echo \$PASTED\s*yes/,
  );
  await expect(t.input).toHaveValue('left in input');
});

test('a file name with HTML prints as text', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  const t = await openTerminal(page);
  await run(t, "touch '<img src=x onerror=alert(1)>'");
  await run(t, 'ls');
  await expect(t.log).toContainText('<img src=x onerror=alert(1)>');
  await expect(t.log.locator('img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('clear and Ctrl+L empty the screen', async ({ page }) => {
  const t = await openTerminal(page);
  await run(t, 'echo visible-before-clear');
  await run(t, 'clear');
  await expect(t.log).not.toContainText('visible-before-clear');
  await run(t, 'echo again');
  await t.input.press('Control+l');
  await expect(t.log).not.toContainText('again');
});

test('a huge output is capped and says what was cut', async ({ page }) => {
  const t = await openTerminal(page);
  await run(t, 'seq 1 5000');
  await expect(t.log).toContainText('[output cut: the first 4,000 of 5,000 lines are not shown]');
  await expect(t.log).toContainText('5000');
});
