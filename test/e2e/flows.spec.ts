import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Result } from '../../shared/domain/errors';
import { catalogues } from '../../shared/i18n/catalogues';
import type { ChannelOutput } from '../../shared/ipc/contract';
import type { BrowserHost } from '../../main/web/browser-host';
import { fill } from './catalogue-text';
import { expect, openApp, test } from './fixtures';

const en = catalogues.en;
const panelText = en.flowsScreen.panel;
const DAY_MS = 86_400_000;

/** The flows table's row whose header cell names the flow. */
function flowRow(page: Page, name: string) {
  return page.locator('tbody tr').filter({ has: page.getByRole('rowheader').getByText(name, { exact: true }) });
}

function dropBadge(page: Page, flow: string, metric: string, integration: string) {
  return flowRow(page, flow).getByRole('img', { name: fill(en.flowsScreen.badgeWithIntegration, { metric, integration }), exact: true });
}

async function openFlowsAfterFirstSync(page: Page, host: BrowserHost): Promise<void> {
  await openApp(page, host);
  await expect(page.locator('.sync-line__text')).toContainText('Up to date', { timeout: 90_000 });
  await page.getByRole('button', { name: en.nav.flows, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.flows.title);
}

/** The account's timezone, asked of the core the page talks to. */
async function accountTimeZone(host: BrowserHost, name: string): Promise<string> {
  const response = await fetch(`${host.origin}/__host/call/accounts:list`, {
    method: 'POST',
    headers: { 'x-storepulse-token': host.token },
  });
  const result = (await response.json()) as Result<ChannelOutput<'accounts:list'>>;
  if (!result.ok) throw new Error(`accounts:list failed: ${result.error.code}`);
  const account = result.value.find((candidate) => candidate.name === name);
  if (!account) throw new Error(`no account named ${name}`);
  return account.timezone;
}

async function openTrigger(page: Page, flow: string) {
  await flowRow(page, flow)
    .getByRole('button', { name: new RegExp(`open the trigger of ${flow.replace(/[()]/g, '\\$&')}$`) })
    .click();
  const panel = page.getByRole('dialog', { name: fill(panelText.title, { flow }) });
  await expect(panel).toBeVisible();
  return panel;
}

// The specs share one core: the snooze and the dismiss below change what the next ones see.
test.describe.configure({ mode: 'serial' });

test.describe('flows screen', () => {
  test('badges the affected flow, opens its trigger and snoozes the alert for 60 days', async ({ page, host, failures }) => {
    test.setTimeout(150_000);
    await openFlowsAfterFirstSync(page, host);

    const badge = dropBadge(page, 'Browse Abandonment', 'Viewed Product', 'Shopify');
    await expect(badge).toBeVisible({ timeout: 30_000 });
    // Archived flows stay out of the table until asked for.
    await expect(flowRow(page, 'Abandoned Cart (BigCommerce)')).toHaveCount(0);
    await page.screenshot({ path: 'test-results/screens/flows.png' });

    const panel = await openTrigger(page, 'Browse Abandonment');
    // Two curves: the counts and the detector's expectation.
    await expect(panel.locator('.recharts-line-curve')).toHaveCount(2);
    await expect(panel.locator('.recharts-line-curve').first()).toBeVisible();
    await expect(panel.getByRole('figure')).toContainText(/events in the last 7 days/);
    await expect(panel.getByRole('heading', { name: panelText.alertHeading })).toBeVisible();
    await expect(panel.getByText(/below the expected level since/)).toBeVisible();
    await expect(panel.getByRole('button', { name: panelText.dismiss, exact: true })).toBeVisible();
    await expect(panel.getByRole('heading', { name: en.flowsScreen.transactional.heading })).toBeVisible();

    const { violations } = await new AxeBuilder({ page }).analyze();
    const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(blocking.map((v) => `${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // Off the chart, so the picture shows the panel rather than a hover tooltip.
    await page.mouse.move(0, 0);
    await page.screenshot({ path: 'test-results/screens/flows-panel.png' });

    const timeZone = await accountTimeZone(host, 'Demo Outdoor Co.');
    const snoozedAt = Date.now();

    await panel.getByRole('button', { name: panelText.snoozeOptions }).click();
    await panel.getByRole('button', { name: fill(panelText.snoozeDays_other, { count: '60' }) }).click();

    const success = panel.getByRole('status').filter({ hasText: 'Snoozed.' });
    await expect(success).toBeVisible();
    // The expiry as Intl writes it for the user's language, sixty days on (a day either side for the clock's edges).
    const candidates = [59, 60, 61].map((days) =>
      new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone }).format(new Date(snoozedAt + days * DAY_MS)),
    );
    const message = (await success.textContent()) ?? '';
    expect(candidates.some((date) => message.includes(date)), `${message} names one of ${candidates.join(' / ')}`).toBe(true);
    const sixtyDaysOn = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone }).formatToParts(new Date(snoozedAt + 60 * DAY_MS));
    expect(message).toContain(sixtyDaysOn.find((part) => part.type === 'year')!.value);

    // The drop is still real: the panel keeps it, muted, offers Unsnooze in place of Dismiss and
    // Snooze, and the flow keeps its badge in a muted style that says until when.
    await expect(panel.getByText(/^Alerts for this metric are snoozed until /)).toBeVisible();
    await expect(panel.getByRole('button', { name: panelText.unsnooze, exact: true })).toBeVisible();
    await expect(panel.getByRole('button', { name: panelText.dismiss, exact: true })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(flowRow(page, 'Browse Abandonment').getByRole('button', { name: /open the trigger of Browse Abandonment$/ })).toBeFocused();
    await expect(badge).toHaveCount(0);
    const muted = flowRow(page, 'Browse Abandonment').getByRole('img', { name: / snoozed until / });
    await expect(muted).toHaveClass(/flows-badge--muted/);
    await expect(muted).toContainText(panelText.badgeSnoozedText);
    expect(failures).toEqual([]);
  });

  test('dismissing from one flow clears the badge of every flow on that metric', async ({ page, host, failures }) => {
    test.setTimeout(120_000);
    await openFlowsAfterFirstSync(page, host);
    const confirmation = dropBadge(page, 'Order Confirmation (BigCommerce)', 'Placed Order', 'BigCommerce');
    const repeat = dropBadge(page, 'Repeat Customer Thank-You (BigCommerce)', 'Placed Order', 'BigCommerce');
    await expect(confirmation).toBeVisible({ timeout: 30_000 });
    await expect(repeat).toBeVisible();

    const panel = await openTrigger(page, 'Order Confirmation (BigCommerce)');
    await panel.getByRole('button', { name: panelText.dismiss, exact: true }).click();
    await expect(panel.getByRole('status').filter({ hasText: panelText.dismissedIncident })).toBeVisible();
    await expect(panel.getByText(panelText.noAlert)).toBeVisible();
    await panel.getByRole('button', { name: panelText.close }).click();
    await expect(panel).toBeHidden();

    await expect(confirmation).toHaveCount(0);
    await expect(repeat).toHaveCount(0);
    // The snoozed incident is another one: its flow keeps its muted badge.
    await expect(flowRow(page, 'Browse Abandonment').getByRole('img', { name: / snoozed until / })).toHaveClass(/flows-badge--muted/);
    expect(failures).toEqual([]);
  });

  test('tells which flows can send transactional emails', async ({ page, host, failures }) => {
    test.setTimeout(120_000);
    await openFlowsAfterFirstSync(page, host);
    const transactional = en.flowsScreen.transactional;

    let panel = await openTrigger(page, 'Post-Purchase Thank You');
    await expect(panel.getByText(transactional.verdict['can-request'])).toBeVisible();
    await expect(panel.getByRole('list', { name: transactional.conditionsHeading }).getByRole('listitem')).toHaveText([
      transactional.condition['paid-account'],
      transactional.condition['no-marketing-content'],
      transactional.condition['per-email'],
      transactional.condition['manual-mode'],
      transactional.condition['no-ab-test'],
      transactional.condition['approval-one-business-day'],
      transactional.condition['edits-remove-status'],
    ]);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();

    panel = await openTrigger(page, 'Password Reset');
    await expect(panel.getByText(transactional.verdict['can-request'])).toBeVisible();
    await expect(panel.getByText(transactional.condition['disable-store-email'])).toBeVisible();
    await page.keyboard.press('Escape');

    panel = await openTrigger(page, 'Price Drop Alert');
    await expect(panel.getByText(transactional.verdict['not-eligible'])).toBeVisible();
    await expect(panel.getByText(transactional.reason['price-drop'])).toBeVisible();
    await expect(panel.getByText(panelText.notMetric)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    expect(failures).toEqual([]);
  });

  test('shows archived flows on request and sorts by name and update date', async ({ page, host }) => {
    test.setTimeout(120_000);
    await openFlowsAfterFirstSync(page, host);
    const names = page.locator('tbody th[scope="row"] > span:first-child');
    await expect(flowRow(page, 'Browse Abandonment')).toBeVisible();

    await page.getByLabel(en.flowsScreen.showArchived).check();
    await expect(flowRow(page, 'Abandoned Cart (BigCommerce)')).toBeVisible();
    await expect(flowRow(page, 'Abandoned Cart (BigCommerce)').getByText(en.flowsScreen.archived)).toBeVisible();

    const nameHeader = page.getByRole('columnheader', { name: en.flowsScreen.columns.name });
    await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    const ascending = await names.allTextContents();
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
    await nameHeader.getByRole('button').click();
    await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(names).toHaveText([...ascending].reverse());

    // Newest first: the draft review request was touched two days ago, the oldest flows a year ago.
    const updatedHeader = page.getByRole('columnheader', { name: en.flowsScreen.columns.updated });
    await updatedHeader.getByRole('button').click();
    await expect(updatedHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(names.first()).toHaveText('Product Review Request');
  });

  test('works from the keyboard: the panel takes focus, Escape folds the snooze options, then closes the panel', async ({ page, host }) => {
    test.setTimeout(120_000);
    await openFlowsAfterFirstSync(page, host);
    // Browse Abandonment's incident was snoozed above: Unsnooze, from the keyboard, gives back its options.
    const opener = flowRow(page, 'Browse Abandonment').getByRole('button', { name: /open the trigger of Browse Abandonment$/ });
    await opener.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: fill(panelText.title, { flow: 'Browse Abandonment' }) });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('button', { name: panelText.close })).toBeFocused();
    await panel.getByRole('button', { name: panelText.unsnooze, exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('status').filter({ hasText: /^No longer snoozed: Viewed Product/ })).toBeVisible();

    const toggle = panel.getByRole('button', { name: panelText.snoozeOptions });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const options = panel.getByRole('group', { name: panelText.snoozeGroup });
    await expect(options.getByRole('button')).toHaveText(['30', '60', '120', '365'].map((days) => fill(panelText.snoozeDays_other, { count: days })));
    await expect(options.getByRole('button').first()).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(options).toBeHidden();
    await expect(toggle).toBeFocused();
    await expect(panel).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(opener).toBeFocused();
  });

  test('speaks the user’s language, dates included', async ({ page, host, failures }) => {
    test.setTimeout(120_000);
    const fr = catalogues.fr;
    await openApp(page, host);
    await page.getByRole('button', { name: en.nav.settings, exact: true }).click();
    await page.getByLabel(en.settings.language).selectOption('fr');
    await page.getByRole('button', { name: fr.nav.flows, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.flows.title);
    await expect(page.getByRole('columnheader', { name: fr.flowsScreen.columns.updated })).toBeVisible();

    // Updated dates as Intl writes them in French, in the account's timezone.
    const timeZone = await accountTimeZone(host, 'Demo Outdoor Co.');
    const row = flowRow(page, 'Post-Purchase Thank You');
    const updated = (await row.locator('td').last().textContent()) ?? '';
    const frenchMonths = Array.from({ length: 12 }, (_, month) =>
      new Intl.DateTimeFormat('fr', { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2025, month, 15)),
    );
    expect(frenchMonths.some((month) => updated.includes(month)), `${updated} (${timeZone})`).toBe(true);

    await row.getByRole('button', { name: /ouvrir le déclencheur de Post-Purchase Thank You$/ }).click();
    const panel = page.getByRole('dialog', { name: fill(fr.flowsScreen.panel.title, { flow: 'Post-Purchase Thank You' }) });
    await expect(panel.getByText(fr.flowsScreen.transactional.verdict['can-request'])).toBeVisible();
    await expect(panel.getByRole('figure')).toContainText('événements sur les 7 derniers jours');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: fr.nav.settings, exact: true }).click();
    await page.getByLabel(fr.settings.language).selectOption('en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.settings.title);
    expect(failures).toEqual([]);
  });
});
