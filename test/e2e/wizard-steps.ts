import { expect, type Page } from '@playwright/test';
import { catalogues } from '../../shared/i18n/catalogues';

/** Locators and moves through a wizard's steps, shared by the wizard specs. */
const w = catalogues.en.wizardsScreen;

export const stepHeading = (page: Page) => page.locator('#wizard-step-title');
/** The current step's panel: the summary below repeats its words. */
export const step = (page: Page) => page.locator('.wizard__step');
export const next = (page: Page) => page.getByRole('button', { name: w.next, exact: true });

/**
 * Clicks Next until the step with that title is shown. Each click waits for the step to change:
 * the move goes through main, so right after the click the old heading may still be up, and
 * reading it again then would click Next once more (on the last step there is no Next to click).
 */
export async function advanceTo(page: Page, title: string): Promise<void> {
  for (let guard = 0; guard < 12; guard += 1) {
    const current = (await stepHeading(page).textContent()) ?? '';
    if (current === title) return;
    await next(page).click();
    await expect(stepHeading(page)).not.toHaveText(current);
  }
  await expect(stepHeading(page)).toHaveText(title);
}
