// Shared steps of the terminal and editor journeys: open the lesson, find a terminal by its roles, run lines.
import { expect, type Locator, type Page } from '@playwright/test';

export const LESSON = '/lessons/aws-foundations/aws-programmatic-access/';
/** The second half of the split lesson: profiles, environment variables and the other six exercises. */
export const PROFILES_LESSON = '/lessons/aws-foundations/aws-cli-profiles-and-environment/';

export interface TerminalParts {
  region: Locator;
  input: Locator;
  log: Locator;
}

/** The lesson's first terminal, scrolled to (that starts its sandbox), once its sandbox is ready. */
export async function openTerminal(page: Page, name: RegExp | string = /^Terminal/): Promise<TerminalParts> {
  await page.goto(LESSON);
  return terminalParts(page, name);
}

export async function terminalParts(page: Page, name: RegExp | string = /^Terminal/): Promise<TerminalParts> {
  const region = page.getByRole('region', { name }).first();
  const parts = {
    region,
    input: region.getByRole('textbox', { name: /Terminal/ }),
    log: region.getByRole('log'),
  };
  // A terminal starts its sandbox when it nears the viewport (or takes focus), as when the learner scrolls to it.
  await region.scrollIntoViewIfNeeded();
  await expect(region).toHaveAttribute('aria-busy', 'false', { timeout: 15000 });
  return parts;
}

/** Types a line and presses Enter, then waits until the command finished (or asks a question). */
export async function run(terminal: TerminalParts, line: string): Promise<void> {
  await terminal.input.fill(line);
  await terminal.input.press('Enter');
  await expect(terminal.region).toHaveAttribute('aria-busy', 'false');
}

/** Answers the question the running command is asking (the prompt text is shown before the input). */
export async function answer(terminal: TerminalParts, question: string, text: string): Promise<void> {
  await expect(terminal.input).toHaveAccessibleDescription(question);
  await terminal.input.fill(text);
  await terminal.input.press('Enter');
}

/** Fails the test when the page requests anything outside the site's origin. */
export function forbidForeignRequests(page: Page, baseURL: string): string[] {
  const foreign: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  return foreign;
}

/** A first visit: opens `url` and waits until the service worker is active (its install precached the build). */
export async function visitUntilPrecached(page: Page, url = '/'): Promise<void> {
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}
