// axe as the learner sees the page: lesson sections laid out, not skipped (content-visibility, prose.css).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * A builder for `page` after every lesson section is laid out, as it is once the learner scrolls to it: in a
 * section the browser skips, nothing is painted, so axe's colour checks read wrong colours there. (The class
 * is the page's own way of laying out all sections, app/_components/SectionLayout.tsx.)
 */
export async function axeBuilder(page: Page): Promise<AxeBuilder> {
  await page.evaluate(() => document.documentElement.classList.add('lesson-sections-laid-out'));
  return new AxeBuilder({ page });
}
