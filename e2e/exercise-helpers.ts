// Shared steps of the exercise and progress journeys: find an exercise, its terminal and checklist; solve exercise 1.
import { expect, type Locator, type Page } from '@playwright/test';
import { answer, LESSON, run, type TerminalParts } from './terminal-helpers';
import { exercises } from '../exercises';

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

/** Every exercise of the course: the home page counts them all. */
export const EXERCISE_COUNT = exercises.length;

export const DEFAULT_PROFILE = 'Configure the default profile';

/** Creates camera-uploader's key as admin in the terminal and reads both halves back from its output. */
export async function createCameraKey(terminal: TerminalParts): Promise<{ id: string; secret: string }> {
  await run(
    terminal,
    "aws iam create-access-key --user-name camera-uploader --profile admin --query 'AccessKey.[AccessKeyId,SecretAccessKey]' --output text",
  );
  const match = /(AKIA[A-Z0-9]{16})\s+(\S{40})\s*$/.exec(await terminal.log.innerText());
  if (!match) throw new Error('create-access-key printed no key');
  return { id: match[1]!, secret: match[2]! };
}

/** Solves exercise 1 through the real terminal: a new key, `aws configure`'s questions, then who am I. */
export async function solveDefaultProfile(terminal: TerminalParts): Promise<void> {
  const { id, secret } = await createCameraKey(terminal);
  await run(terminal, 'aws configure');
  await answer(terminal, 'AWS Access Key ID [None]:', id);
  await answer(terminal, 'AWS Secret Access Key [None]:', secret);
  await answer(terminal, 'Default region name [None]:', 'eu-west-1');
  await answer(terminal, 'Default output format [None]:', 'json');
  await expect(terminal.region).toHaveAttribute('aria-busy', 'false');
  await run(terminal, 'aws sts get-caller-identity');
}
