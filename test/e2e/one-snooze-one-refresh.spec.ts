import type { Page, Request } from '@playwright/test';
import { catalogues } from '../../shared/i18n/catalogues';
import { fill } from './catalogue-text';
import { expect, openApp, test } from './fixtures';

const en = catalogues.en;
const panelText = en.flowsScreen.panel;

/** The contract calls the page sends to the browser host, in order (every batch unpacked). */
function recordCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request: Request) => {
    const path = new URL(request.url()).pathname;
    if (path === '/__host/batch') {
      const body = request.postDataJSON() as { calls: { channel: string }[] };
      for (const call of body.calls) calls.push(call.channel);
    } else if (path.startsWith('/__host/call/')) {
      calls.push(decodeURIComponent(path.slice('/__host/call/'.length)));
    }
  });
  return calls;
}

/** What the alerts state reads or writes: the calls a snooze may cost. */
const isAlertsCall = (channel: string) => ['alerts:', 'diagnoses:', 'incidents:'].some((domain) => channel.startsWith(domain));

function flowRow(page: Page, name: string) {
  return page.locator('tbody tr').filter({ has: page.getByRole('rowheader').getByText(name, { exact: true }) });
}

test('a snooze from the Flows panel costs one incident call and one refresh', async ({ page, host, failures }) => {
  test.setTimeout(150_000);
  const calls = recordCalls(page);
  await openApp(page, host);
  await expect(page.locator('.sync-line__text')).toContainText('Up to date', { timeout: 90_000 });
  await page.getByRole('button', { name: en.nav.flows, exact: true }).click();
  const badge = flowRow(page, 'Browse Abandonment').getByRole('img', {
    name: fill(en.flowsScreen.badgeWithIntegration, { metric: 'Viewed Product', integration: 'Shopify' }),
  });
  await expect(badge).toBeVisible({ timeout: 30_000 });

  await flowRow(page, 'Browse Abandonment').getByRole('button', { name: /open the trigger of Browse Abandonment$/ }).click();
  const panel = page.getByRole('dialog', { name: fill(panelText.title, { flow: 'Browse Abandonment' }) });
  await expect(panel.getByRole('button', { name: panelText.dismiss, exact: true })).toBeVisible();
  await panel.getByRole('button', { name: panelText.snoozeOptions }).click();

  const before = calls.length;
  await panel.getByRole('button', { name: fill(panelText.snoozeDays_other, { count: '60' }) }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Snoozed.' })).toBeVisible();
  // The snooze acts on the whole incident; the panel now offers to take it back.
  await expect(panel.getByRole('button', { name: panelText.unsnooze, exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  // The badge stays, muted, and says until when.
  await expect(badge).toHaveAttribute('aria-label', / snoozed until /);
  // A late refresh (the change event arriving after the answer) must be counted too: let it land.
  await page.waitForTimeout(1_500);

  expect(calls.slice(before).filter(isAlertsCall)).toEqual(['incidents:snooze', 'alerts:overview']);
  expect(failures).toEqual([]);
});
