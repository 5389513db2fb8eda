import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { catalogues } from '../../shared/i18n/catalogues';
import type { Services } from '../../main/compose-services';
import { startBrowserHost, type BrowserHost } from '../../main/web/browser-host';
import { createHostServices } from '../support/host-services';
import { manualClock } from '../support/simulator-client';
import type { ServerSentEvents } from '../../main/web/server-sent-events';
import { fill } from './catalogue-text';
import { advanceTo, next, step, stepHeading } from './wizard-steps';

const en = catalogues.en;
const w = en.wizardsScreen;

/**
 * The wizards walked to their end on the demo store, in Chromium. The host's events are at hand
 * so a spec can open the screen the way a notification or Home's "Troubleshoot" does: an
 * `app:navigate` carrying the alert id or the diagnosis kind.
 */
const test = base.extend<
  { failures: string[] },
  { app: { host: BrowserHost; core: Services; events: ServerSentEvents; clock: ReturnType<typeof manualClock> } }
>({
  app: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'storepulse-e2e-wizards-'));
      // The store's clock starts at the wall clock's now and moves only when a spec moves it: the
      // demo store's test-order lag is a minute of this clock, not of the wall's.
      const clock = manualClock(new Date().toISOString());
      const { core, events } = createHostServices(dataDir, 'en-US', { clock });
      const host = await startBrowserHost({ rendererDir: 'out/renderer', dispatch: core.dispatch, events });
      await use({ host, core, events, clock });
      await host.close();
      await core.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  failures: async ({ page }, use) => {
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    await use(failures);
  },
});

async function openWizardsAfterFirstSync(page: Page, host: BrowserHost): Promise<void> {
  await page.goto(host.url);
  await expect(page.locator('.sync-line__text')).toContainText('Up to date', { timeout: 90_000 });
  await page.getByRole('button', { name: en.nav.wizards, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.wizards.title);
}

async function expectNoBlockingViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => `${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function finish(page: Page): Promise<void> {
  await page.getByRole('button', { name: w.finish, exact: true }).click();
  await expect(page.getByText(w.finishedNote)).toBeVisible();
  await expect(page.getByRole('button', { name: w.copy })).toBeVisible();
  await expect(page.getByRole('button', { name: w.exportMarkdown })).toBeVisible();
}

test.describe.configure({ mode: 'serial' });

test.describe('wizards', () => {
  test('troubleshooting the onsite alert ranks the theme snippets first', async ({ page, app, failures }) => {
    await openWizardsAfterFirstSync(page, app.host);
    await expect(page.getByRole('heading', { name: w.startHeading })).toBeVisible();
    await expectNoBlockingViolations(page);

    const cart = app.core.alerts.list({ accountId: 'demo-outdoor', states: ['active'] }).find((a) => a.metricName === 'Added to Cart');
    expect(cart, 'an active Added to Cart alert after the first sync').toMatchObject({ metricName: 'Added to Cart', state: 'active' });
    app.events.emit('app:navigate', { route: 'wizards', focusId: cart!.id });

    await expect(page.getByRole('heading', { level: 2, name: w.kinds.troubleshoot.title })).toBeVisible();
    await expect(step(page).getByText(fill(w.troubleshoot.items.targetMetric, { metric: 'Added to Cart', integration: 'Shopify' }))).toBeVisible();
    await next(page).click();
    await expect(stepHeading(page)).toHaveText(w.troubleshoot.steps.questions);
    await expect(stepHeading(page)).toBeFocused();
    await expect(step(page).getByText(w.troubleshoot.items.onsiteOnlyTheme.yes)).toBeVisible();
    await expectNoBlockingViolations(page);

    // The checklist by keyboard: Space ticks the focused box.
    await advanceTo(page, w.troubleshoot.steps.integration);
    const keys = page.getByRole('checkbox', { name: w.troubleshoot.items.keys });
    await keys.focus();
    await page.keyboard.press('Space');
    await expect(keys).toBeChecked();

    await advanceTo(page, w.troubleshoot.steps.firewall);
    await expect(step(page).getByText(fill(w.troubleshoot.items.userAgent, { userAgent: 'Klaviyo/1.0' }))).toBeVisible();
    await advanceTo(page, w.troubleshoot.steps.causes);
    const causes = page.locator('.wizard-causes li');
    await expect(causes.first()).toContainText(w.troubleshoot.causes['theme-snippets'].title);
    await finish(page);
    await page.screenshot({ path: 'test-results/screens/wizards-troubleshoot.png', fullPage: true });
    await expect(page.getByTestId('wizard-markdown')).toContainText(`1. **${w.troubleshoot.causes['theme-snippets'].title}**`);
    await expectNoBlockingViolations(page);
    // The platform switch, second here, leads to its checklist.
    await page.getByRole('button', { name: w.openMigration }).click();
    await expect(page.getByRole('heading', { level: 2, name: w.kinds.migration.title })).toBeVisible();
    await page.getByRole('button', { name: w.close }).click();
    expect(failures).toEqual([]);
  });

  test('the platform-switch diagnosis opens the migration with the two legacy flows', async ({ page, app, failures }) => {
    await openWizardsAfterFirstSync(page, app.host);
    app.events.emit('app:navigate', { route: 'wizards', focusId: 'platform-switch' });
    await expect(page.getByRole('heading', { level: 2, name: w.kinds.migration.title })).toBeVisible();
    await expect(step(page).getByText(fill(w.migration.items.platforms, { legacy: 'BigCommerce', next: 'Shopify' }))).toBeVisible();

    await page.getByRole('navigation', { name: w.stepsLabel }).getByRole('button', { name: w.migration.steps.flows }).click();
    await expect(stepHeading(page)).toHaveText(w.migration.steps.flows);
    await expect(step(page).getByText('Order Confirmation (BigCommerce) (live)')).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/wizards-migration.png' });
    await expect(step(page).getByText('Repeat Customer Thank-You (BigCommerce) (manual)')).toBeVisible();
    await next(page).click();
    await expect(step(page).getByText(w.migration.items.welcomeFilter)).toBeVisible();
    await advanceTo(page, w.migration.steps.disable);
    await expect(step(page).getByText(fill(w.migration.items.legacySilent.yes, { legacy: 'BigCommerce' }))).toBeVisible();
    await finish(page);
    await expectNoBlockingViolations(page);
    expect(failures).toEqual([]);
  });

  test('eligibility rejects the price-drop flow and accepts the password-reset flow', async ({ page, app, failures }) => {
    await openWizardsAfterFirstSync(page, app.host);
    await page.getByRole('button', { name: w.kinds.transactional.title, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: w.kinds.transactional.title })).toBeVisible();
    await expect(next(page)).toBeDisabled();

    const flow = page.getByRole('combobox', { name: w.fields.flowId, exact: true });
    await flow.selectOption({ label: 'Price Drop Alert' });
    await next(page).click();
    await expect(step(page).getByText(en.flowsScreen.transactional.verdict['not-eligible'])).toBeVisible();
    await expect(step(page).getByText(en.flowsScreen.transactional.reason['price-drop'])).toBeVisible();
    await advanceTo(page, w.transactional.steps.appeal);
    await page.getByRole('textbox', { name: w.fields.messageId, exact: true }).fill('M-42');
    await page.getByRole('button', { name: w.fields.apply }).click();
    await expect(page.locator('.wizard-ticket pre')).toContainText('Subject: Transactional appeal');
    await expect(page.locator('.wizard-ticket pre')).toContainText(`${w.fields.messageId}: M-42`);
    await finish(page);

    await page.getByRole('navigation', { name: w.stepsLabel }).getByRole('button', { name: w.transactional.steps.flow }).click();
    await page.getByRole('combobox', { name: w.fields.flowId, exact: true }).selectOption({ label: 'Password Reset' });
    await next(page).click();
    await expect(step(page).getByText(en.flowsScreen.transactional.verdict['can-request'])).toBeVisible();
    await expect(step(page).getByText(en.flowsScreen.transactional.condition['disable-store-email'])).toBeVisible();
    await expectNoBlockingViolations(page);

    // Across a reload the wizard (finished, then reopened at its first step) is listed and opens
    // at the step it was left on.
    await page.reload();
    await page.getByRole('button', { name: en.nav.wizards, exact: true }).click();
    await expect(page.getByRole('heading', { name: w.finishedHeading })).toBeVisible();
    await page.getByRole('button', { name: new RegExp(`^${fill(w.viewLabel, { wizard: w.kinds.transactional.title, date: '' })}`) }).first().click();
    await expect(stepHeading(page)).toHaveText(w.transactional.steps.rules);
    await expect(step(page).getByText(en.flowsScreen.transactional.verdict['can-request'])).toBeVisible();
    expect(failures).toEqual([]);
  });

  test('reconciliation finds that a source counting days in UTC explains the difference', async ({ page, app, failures }) => {
    await openWizardsAfterFirstSync(page, app.host);
    const placed = app.core.cache.catalogue.listMetrics('demo-outdoor').find((m) => m.name === 'Placed Order' && m.integrationName === 'Shopify')!;
    // A recent day, whole in the hourly cache, whose UTC total (what a source counting in UTC
    // reports) differs from the account's New York day.
    const candidates = [2, 3, 4, 5, 6].map((back) => {
      const day = new Date(Date.now() - back * 86_400_000).toISOString().slice(0, 10);
      const from = Date.parse(`${day}T00:00:00Z`) / 1000;
      const utcCount = app.core.cache.series.read('demo-outdoor', placed.id, 'hour', from, from + 86_400).reduce((sum, row) => sum + row.count, 0);
      // The New York midnight of that date falls at 04:00 or 05:00 UTC the same date.
      const accountCount = app.core.cache.series.read('demo-outdoor', placed.id, 'day', from, from + 86_400)[0]?.count;
      return { day, utcCount, accountCount };
    });
    const { day, utcCount } = candidates.find((c) => c.accountCount !== undefined && c.accountCount !== c.utcCount)!;

    await page.getByRole('button', { name: w.kinds.reconcile.title, exact: true }).click();
    await page.getByRole('combobox', { name: w.fields.metricId, exact: true }).selectOption({ label: 'Placed Order (Shopify)' });
    await next(page).click();
    await expect(stepHeading(page)).toHaveText(w.reconcile.steps.source);
    await page.getByLabel(w.fields.day, { exact: true }).fill(day);
    await page.getByLabel(w.fields.sourceCount, { exact: true }).fill(String(utcCount));
    await page.getByRole('button', { name: w.fields.apply }).click();
    await next(page).click();
    await expect(stepHeading(page)).toHaveText(w.reconcile.steps.compare);
    await expect(step(page).locator('.wizard-item--no')).toContainText(`${day}: source ${utcCount}`);
    await expect(step(page).locator('.wizard-item--no')).toContainText('Counted in UTC');
    await next(page).click();
    await expect(step(page).getByText(fill(w.reconcile.items.explained.yes, { zone: 'UTC', accountZone: 'America/New_York' }))).toBeVisible();
    await finish(page);
    await expectNoBlockingViolations(page);
    await page.getByRole('button', { name: w.close }).click();
    expect(failures).toEqual([]);
  });

  test('on Demo Charity, reconciliation finds that a source counting days in New York explains the difference', async ({ page, app, failures }) => {
    await openWizardsAfterFirstSync(page, app.host);
    await expect.poll(() => app.core.coordinator.status('demo-charity').state, { timeout: 90_000 }).toBe('up-to-date');
    const contribution = app.core.cache.catalogue.listMetrics('demo-charity').find((m) => m.name === 'Contribution made')!;
    // A donations platform set to New York time: its day runs 05:00 to 05:00 UTC in November,
    // while the account (London) counts midnight to midnight. Pick a recent day where they differ.
    const candidates = [2, 3, 4, 5, 6].map((back) => {
      const day = new Date(Date.now() - back * 86_400_000).toISOString().slice(0, 10);
      const londonStart = Date.parse(`${day}T00:00:00Z`) / 1000;
      const newYorkStart = londonStart + 5 * 3600;
      const sourceCount = app.core.cache.series.read('demo-charity', contribution.id, 'hour', newYorkStart, newYorkStart + 86_400).reduce((sum, row) => sum + row.count, 0);
      const accountCount = app.core.cache.series.read('demo-charity', contribution.id, 'day', londonStart, londonStart + 86_400)[0]?.count;
      return { day, sourceCount, accountCount };
    });
    const { day, sourceCount } = candidates.find((c) => c.accountCount !== undefined && c.accountCount !== c.sourceCount)!;

    await page.getByLabel(en.accounts.switcherLabel).selectOption({ label: 'Demo Charity (demo)' });
    // The hub shows the chosen account's wizards: Demo Outdoor's finished reconciliation goes.
    await expect(page.getByRole('button', { name: new RegExp(`^${fill(w.viewLabel, { wizard: w.kinds.reconcile.title, date: '' })}`) })).toHaveCount(0);
    await page.getByRole('button', { name: w.kinds.reconcile.title, exact: true }).click();
    await page.getByRole('combobox', { name: w.fields.metricId, exact: true }).selectOption({ label: 'Contribution made (Classy)' });
    await next(page).click();
    await page.getByLabel(w.fields.day, { exact: true }).fill(day);
    await page.getByLabel(w.fields.sourceCount, { exact: true }).fill(String(sourceCount));
    await page.getByRole('button', { name: w.fields.apply }).click();
    await next(page).click();
    await expect(stepHeading(page)).toHaveText(w.reconcile.steps.compare);
    await next(page).click();
    await expect(step(page).getByText(fill(w.reconcile.items.explained.yes, { zone: 'America/New_York', accountZone: 'Europe/London' }))).toBeVisible();
    await finish(page);
    await page.getByRole('button', { name: w.close }).click();
    await page.getByLabel(en.accounts.switcherLabel).selectOption({ label: 'Demo Outdoor Co. (demo)' });
    expect(failures).toEqual([]);
  });

  test('a test order simulated on the demo store is found once the store has synced it', async ({ page, app, failures }) => {
    // The page's timers are Playwright's: the screen's next check is fired by moving them on.
    await page.clock.install();
    await openWizardsAfterFirstSync(page, app.host);
    await page.getByRole('button', { name: w.kinds['test-order'].title, exact: true }).click();
    await page.getByRole('combobox', { name: w.fields.platform, exact: true }).selectOption('Shopify');
    await next(page).click();
    await expect(step(page).getByText(fill(w['test-order'].items.ruleShopify, { platform: 'Shopify' }))).toBeVisible();
    await next(page).click();
    await step(page).getByRole('checkbox', { name: w['test-order'].items.addToCart }).check();
    await next(page).click();
    await expect(next(page)).toBeDisabled();
    await page.getByRole('textbox', { name: w.fields.email, exact: true }).fill('e2e-tester@storepulse.example');
    await page.getByRole('button', { name: w.fields.apply }).click();
    await next(page).click();
    await expect(stepHeading(page)).toHaveText(w['test-order'].steps.check);
    await page.getByRole('button', { name: w.testOrder.simulate }).click();
    await expect(page.getByRole('button', { name: w.testOrder.cancel })).toBeVisible();
    await expectNoBlockingViolations(page);
    // The demo store delivers the order a minute after it was placed; the screen keeps checking.
    // The screen's first check (15 s on) finds nothing yet, and the screen is still waiting.
    await page.clock.fastForward(15_000);
    await expect(page.getByText(/\(1 check so far\)/)).toBeVisible({ timeout: 30_000 });
    await expect(step(page).getByText(/Placed Order received at/)).toHaveCount(0);
    // A minute later by the store's clock, the screen's own next check (due 15 s on) finds it.
    app.clock.advance(60_000);
    await page.clock.fastForward(15_000);
    await expect(step(page).locator('.wizard-item--yes')).toContainText('Placed Order received at', { timeout: 30_000 });
    await expect(step(page).locator('.wizard-item--yes')).toContainText('value $54.00');
    await finish(page);
    expect(failures).toEqual([]);
  });
});
