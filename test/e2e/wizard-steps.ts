import { expect, type Page } from '@playwright/test';
import { catalogues } from '../../shared/i18n/catalogues';

/** Locators and moves through a wizard's steps, shared by the wizard specs. */
const w = catalogues.en.wizardsScreen;

export const stepHeading = (page: Page) => page.locator('#wizard-step-title');
/** The current step's panel: the summary below repeats its words. */
export const step = (page: Page) => page.locator('.wizard__step');
export const next = (page: Page) => page.getByRole('button', { name: w.next, exact: true });

/** Clicks Next until the step with that title is shown. */
export async function advanceTo(page: Page, title: string): Promise<void> {
  for (let guard = 0; guard < 12; guard += 1) {
    if ((await stepHeading(page).textContent()) === title) return;
    await next(page).click();
  }
  await expect(stepHeading(page)).toHaveText(title);
}
