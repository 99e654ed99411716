// How the benches find the lesson's first terminal and its output without perturbing what they measure.
import type { Page } from '@playwright/test';

/** The first terminal's parts, by CSS (an ARIA-role locator polls the page's accessibility tree: measurable CPU). */
export const TERMINAL = 'section[data-terminal-key]';
export const INPUT = `${TERMINAL} input[aria-label="Terminal input"]`;

/** Resolves once the first terminal's output contains `text` (a cheap check, polled every 50 ms). */
export function outputShown(page: Page, text: string, timeout: number) {
  return page.waitForFunction(
    ([selector, wanted]) =>
      document
        .querySelector(selector ?? '')
        ?.querySelector('[role="log"]')
        ?.textContent?.includes(wanted ?? ''),
    [TERMINAL, text] as const,
    { polling: 50, timeout },
  );
}
