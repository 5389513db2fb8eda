import type { Locator, Page } from '@playwright/test';
import type { Language } from '../../shared/domain/settings';
import { catalogues } from '../../shared/i18n/catalogues';
import { fill } from './catalogue-text';
import { expect, openApp, test } from './fixtures';
import { advanceTo, next, step, stepHeading } from './wizard-steps';

/**
 * Transactional status on the demo store: an abandonment reminder exists to sell, so the flow
 * panel and the wizard both say "keep as marketing" in the same words; an order confirmation can
 * be requested; a flow on a custom metric whose purpose the data cannot tell makes the wizard ask.
 */
const en = catalogues.en;

async function firstSync(page: Page): Promise<void> {
  await expect(page.locator('.sync-line__text')).toContainText('Up to date', { timeout: 90_000 });
}

async function goTo(page: Page, language: Language, route: 'flows' | 'wizards'): Promise<void> {
  const c = catalogues[language];
  await page.getByRole('button', { name: c.nav[route], exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.nav[route]);
}

async function openPanel(page: Page, language: Language, flow: string): Promise<Locator> {
  const c = catalogues[language];
  // The button's name starts with the trigger's own label: match the part naming the flow.
  const [, ending] = fill(c.flowsScreen.openTrigger, { trigger: '\u0000', flow }).split('\u0000');
  const name = new RegExp(`${(ending ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  await page.locator('tbody tr').filter({ has: page.getByRole('rowheader').getByText(flow, { exact: true }) }).getByRole('button', { name }).click();
  const panel = page.getByRole('dialog', { name: fill(c.flowsScreen.panel.title, { flow }) });
  await expect(panel).toBeVisible();
  // Off the chart, so no hover tooltip covers the screenshots.
  await page.mouse.move(0, 0);
  return panel;
}

/** The verdict block as the panel shows it: verdict, reason, rule, each one sentence of the catalogue. */
function transactionalSection(panel: Locator, language: Language): Locator {
  return panel.getByRole('region', { name: catalogues[language].flowsScreen.transactional.heading });
}

async function startWizardOn(page: Page, language: Language, flow: string): Promise<void> {
  const w = catalogues[language].wizardsScreen;
  await page.getByRole('button', { name: w.kinds.transactional.title, exact: true }).click();
  await page.getByRole('combobox', { name: w.fields.flowId, exact: true }).selectOption({ label: flow });
}

async function switchLanguage(page: Page, from: Language, to: Language): Promise<void> {
  await page.getByRole('button', { name: catalogues[from].nav.settings, exact: true }).click();
  await page.getByLabel(catalogues[from].settings.language).selectOption(to);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(catalogues[to].settings.title);
}

// The tests share one core, in order: the French one finds the answer the custom-metric test gave.
test.describe.configure({ mode: 'serial' });

test.describe('transactional status: structure, then purpose', () => {
  test('an abandonment reminder stays marketing, in the flow panel and the wizard alike; an order confirmation can be requested', async ({ page, host, failures }) => {
    test.setTimeout(150_000);
    const tx = en.flowsScreen.transactional;
    await openApp(page, host);
    await firstSync(page);
    await goTo(page, 'en', 'flows');

    let panel = await openPanel(page, 'en', 'Abandoned Cart Reminder');
    let section = transactionalSection(panel, 'en');
    await expect(section.getByText(tx.verdict['keep-marketing'], { exact: true })).toBeVisible();
    await expect(section.getByText(tx.reason['cart-abandonment'], { exact: true })).toBeVisible();
    await expect(section.getByText(tx.rule['no-marketing-content'], { exact: true })).toBeVisible();
    await expect(section.getByRole('listitem')).toHaveCount(0);
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screens/trust-transactional-panel-abandoned-cart-en.png' });
    await page.keyboard.press('Escape');

    panel = await openPanel(page, 'en', 'Order Confirmation (BigCommerce)');
    section = transactionalSection(panel, 'en');
    await expect(section.getByText(tx.verdict['can-request'], { exact: true })).toBeVisible();
    await expect(section.getByText(tx.reason.order, { exact: true })).toBeVisible();
    await expect(section.getByText(tx.condition['no-marketing-content'], { exact: true })).toBeVisible();
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screens/trust-transactional-panel-order-en.png' });
    await page.keyboard.press('Escape');

    // The wizard reaches the same verdict with the same sentences.
    await goTo(page, 'en', 'wizards');
    await startWizardOn(page, 'en', 'Abandoned Cart Reminder');
    await next(page).click();
    await expect(stepHeading(page)).toHaveText(en.wizardsScreen.transactional.steps.rules);
    await expect(step(page).getByText(tx.verdict['keep-marketing'])).toBeVisible();
    await expect(step(page).getByText(tx.reason['cart-abandonment'], { exact: true })).toBeVisible();
    await expect(step(page).getByText(tx.rule['no-marketing-content'], { exact: true })).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/trust-transactional-wizard-abandoned-cart-en.png', fullPage: true });
    await advanceTo(page, en.wizardsScreen.transactional.steps.request);
    await expect(step(page).getByText(en.wizardsScreen.transactional.items.noRequest)).toBeVisible();
    expect(failures).toEqual([]);
  });

  test('a flow on a custom metric makes the wizard ask what its emails are for, instead of guessing', async ({ page, host, failures }) => {
    test.setTimeout(150_000);
    const tx = en.flowsScreen.transactional;
    const w = en.wizardsScreen;
    await openApp(page, host);
    await page.getByLabel(en.accounts.switcherLabel).selectOption({ label: 'Demo Charity (demo)' });
    await firstSync(page);
    await goTo(page, 'en', 'flows');

    const panel = await openPanel(page, 'en', 'Newsletter Welcome');
    const section = transactionalSection(panel, 'en');
    await expect(section.getByText(tx.verdict['needs-answer'], { exact: true })).toBeVisible();
    await expect(section.getByText(tx.reason['purpose-unknown'], { exact: true })).toBeVisible();
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screens/trust-transactional-panel-custom-en.png' });
    await section.getByRole('button', { name: tx.openWizard }).click();

    // The panel opens the wizard on that flow, where one question waits and Next stays closed.
    await expect(page.getByRole('heading', { level: 2, name: w.kinds.transactional.title })).toBeVisible();
    await expect(page.getByRole('combobox', { name: w.fields.flowId, exact: true })).toHaveValue(/.+/);
    const question = page.getByRole('group', { name: w.fields.purpose });
    await expect(question.getByRole('radio')).toHaveCount(2);
    await expect(step(page).getByText(w.transactional.items.purposeQuestion)).toBeVisible();
    await expect(next(page)).toBeDisabled();
    await page.screenshot({ path: 'test-results/screens/trust-transactional-wizard-question-en.png', fullPage: true });

    // The answer is saved in main, and the radio shows it once the wizard comes back.
    await question.getByRole('radio', { name: w.fields.purposeMarketing }).click();
    await expect(question.getByRole('radio', { name: w.fields.purposeMarketing })).toBeChecked();
    await expect(next(page)).toBeEnabled();
    await next(page).click();
    await expect(step(page).getByText(tx.verdict['keep-marketing'])).toBeVisible();
    await expect(step(page).getByText(tx.reason['answered-marketing'], { exact: true })).toBeVisible();

    // Answered the other way, the same flow can be requested, with the content rule as a condition.
    await page.getByRole('navigation', { name: w.stepsLabel }).getByRole('button', { name: w.transactional.steps.flow }).click();
    await question.getByRole('radio', { name: w.fields.purposeTransactional }).click();
    await expect(question.getByRole('radio', { name: w.fields.purposeTransactional })).toBeChecked();
    await next(page).click();
    await expect(step(page).getByText(tx.verdict['can-request'])).toBeVisible();
    await expect(step(page).getByText(tx.reason['answered-transactional'], { exact: true })).toBeVisible();
    await expect(step(page).getByText(tx.condition['no-marketing-content'], { exact: true })).toBeVisible();

    // The panel follows the answer: same verdict, same sentence as the wizard.
    await goTo(page, 'en', 'flows');
    const answered = transactionalSection(await openPanel(page, 'en', 'Newsletter Welcome'), 'en');
    await expect(answered.getByText(tx.verdict['can-request'], { exact: true })).toBeVisible();
    await expect(answered.getByText(tx.reason['answered-transactional'], { exact: true })).toBeVisible();
    await page.keyboard.press('Escape');
    expect(failures).toEqual([]);
  });

  test('says the same in French, in the panel and the wizard', async ({ page, host, failures }) => {
    test.setTimeout(150_000);
    const fr = catalogues.fr;
    await openApp(page, host);
    await page.getByLabel(en.accounts.switcherLabel).selectOption({ label: 'Demo Outdoor Co. (demo)' });
    await firstSync(page);
    await switchLanguage(page, 'en', 'fr');
    await goTo(page, 'fr', 'flows');

    const panel = await openPanel(page, 'fr', 'Abandoned Cart Reminder');
    const section = transactionalSection(panel, 'fr');
    await expect(section.getByText(fr.flowsScreen.transactional.verdict['keep-marketing'], { exact: true })).toBeVisible();
    await expect(section.getByText(fr.flowsScreen.transactional.reason['cart-abandonment'], { exact: true })).toBeVisible();
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screens/trust-transactional-panel-abandoned-cart-fr.png' });
    await page.keyboard.press('Escape');

    await goTo(page, 'fr', 'wizards');
    await startWizardOn(page, 'fr', 'Abandoned Cart Reminder');
    await page.getByRole('button', { name: fr.wizardsScreen.next, exact: true }).click();
    await expect(step(page).getByText(fr.flowsScreen.transactional.reason['cart-abandonment'], { exact: true })).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/trust-transactional-wizard-abandoned-cart-fr.png', fullPage: true });

    await page.getByLabel(fr.accounts.switcherLabel).selectOption({ label: `Demo Charity (${fr.accounts.demo})` });
    await goTo(page, 'fr', 'flows');
    const custom = await openPanel(page, 'fr', 'Newsletter Welcome');
    // Answered earlier (as an update the customer expects), the flow can be requested.
    await expect(transactionalSection(custom, 'fr').getByText(fr.flowsScreen.transactional.reason['answered-transactional'], { exact: true })).toBeVisible();
    await transactionalSection(custom, 'fr').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screens/trust-transactional-panel-custom-fr.png' });
    await transactionalSection(custom, 'fr').getByRole('button', { name: fr.flowsScreen.transactional.openWizard }).click();
    // The wizard answered earlier on this flow is resumed: its first step holds the question.
    await page.getByRole('navigation', { name: fr.wizardsScreen.stepsLabel }).getByRole('button', { name: fr.wizardsScreen.transactional.steps.flow }).click();
    await expect(page.getByRole('group', { name: fr.wizardsScreen.fields.purpose })).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/trust-transactional-wizard-question-fr.png', fullPage: true });

    await switchLanguage(page, 'fr', 'en');
    expect(failures).toEqual([]);
  });
});
