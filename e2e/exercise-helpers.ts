// Shared steps of the exercise and progress journeys: find an exercise, its terminal and checklist; solve exercise 1.
import { expect, type Locator, type Page } from '@playwright/test';
import { answer, LESSON, run, type TerminalParts } from './terminal-helpers';

export interface ExerciseParts {
  section: Locator;
  terminal: TerminalParts;
  checks: Locator;
}

/** The exercise section named by its title, with its terminal ready and its first grading shown. */
export async function openExercise(page: Page, title: string, path = LESSON): Promise<ExerciseParts> {
  if (!page.url().endsWith(path)) await page.goto(path);
  const section = page.getByRole('region', { name: `Exercise: ${title}` });
  await section.scrollIntoViewIfNeeded();
  const region = section.getByRole('region', { name: /^Terminal/ });
  const terminal = {
    region,
    input: region.getByRole('textbox', { name: /Terminal/ }),
    log: region.getByRole('log'),
  };
  await expect(region).toHaveAttribute('aria-busy', 'false', { timeout: 15000 });
  const checks = section.getByRole('list', { name: 'Checks' });
  // Graded once the sandbox is ready: no item says "not checked yet" any more.
  await expect(checks).not.toContainText('not checked yet', { timeout: 15000 });
  return { section, terminal, checks };
}

export const DEFAULT_PROFILE = 'Configure the default profile';

/** Solves exercise 1 through the real terminal, answering `aws configure`'s questions. */
export async function solveDefaultProfile(terminal: TerminalParts): Promise<void> {
  await run(terminal, 'aws configure');
  await answer(terminal, 'AWS Access Key ID [None]:', 'AKIAIOSFODNN7EXAMPLE');
  await answer(terminal, 'AWS Secret Access Key [None]:', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
  await answer(terminal, 'Default region name [None]:', 'eu-west-1');
  await answer(terminal, 'Default output format [None]:', 'json');
  await expect(terminal.region).toHaveAttribute('aria-busy', 'false');
}
