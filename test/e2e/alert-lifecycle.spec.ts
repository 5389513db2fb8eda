import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { catalogues } from '../../shared/i18n/catalogues';
import type { StorepulseApi } from '../../shared/ipc/contract';
import { defaultScenario, demoKeys, startSimulator } from '../../main/simulator';
import { manualClock } from '../support/simulator-client';
import { clockSleep } from '../support/sync-harness';
import { unlimitedRateLimits } from '../support/unlimited-registry';
import { startBrowserHost } from '../../main/web/browser-host';
import { createHostServices } from '../support/host-services';
import { fill } from './catalogue-text';

/**
 * The alert lifecycle through the screens, driven by the store's clock: the account (the
 * simulator standing in for the real API, on a clock this spec moves) has Added to Cart and Viewed
 * Product down, one incident; the operator snoozes it from a flow's trigger panel, takes the snooze
 * back in the notification centre and dismisses it on Home; the drop ends; a day later Added to Cart
 * drops again, a new incident, and its banner comes back.
 */
const en = catalogues.en;
const panelText = en.flowsScreen.panel;
const hour = 3_600_000;
type Bridge = { storepulse: StorepulseApi };
const banner = (page: Page, metric: string) => page.getByRole('listitem').filter({ has: page.getByText(new RegExp(`^${metric} is `)) });
const flowRow = (page: Page, name: string) => page.locator('tbody tr').filter({ has: page.getByRole('rowheader').getByText(name, { exact: true }) });

const test = base.extend<{ store: { url: string; clock: ReturnType<typeof manualClock>; sync(): Promise<void> } }>({
  // eslint-disable-next-line no-empty-pattern
  store: async ({}, use) => {
    const clock = manualClock('2026-11-23T12:10:00Z');
    const scenario = defaultScenario();
    const outdoor = scenario.accounts[0]!;
    // Without the demo's recent sale (it would bias a 20-day-old metric's weekly shape): the
    // second drop must come after a clean recovery.
    outdoor.peaks = outdoor.peaks?.filter((peak) => !peak.label?.includes('spring sale'));
    outdoor.incidents = [
      { label: 'theme change', metrics: ['shopify-added-to-cart', 'shopify-viewed-product'], startHoursAgo: 10, durationHours: 16, remainingFraction: 0.2 },
      { label: 'a second drop, a day later', metrics: ['shopify-added-to-cart'], startHoursAgo: -30, remainingFraction: 0.2 },
    ];
    const remote = await startSimulator({ clock, scenario, enforceRateLimits: false });
    const dataDir = mkdtempSync(join(tmpdir(), 'storepulse-e2e-lifecycle-'));
    // The whole history is synced several times: paced in real time by the spec's client-side
    // limits that alone took minutes. The simulator does not limit here, and any wait (backoff,
    // Retry-After) is taken on the store's clock rather than the wall clock.
    const { core, events } = createHostServices(dataDir, 'en-US', {
      realApiBaseUrl: remote.url,
      schedule: false,
      clock,
      rateLimits: unlimitedRateLimits,
      apiSleep: clockSleep(clock),
    });
    const host = await startBrowserHost({ rendererDir: 'out/renderer', dispatch: core.dispatch, events });
    let accountId = '';
    await use({
      url: host.url,
      clock,
      async sync() {
        if (!accountId) accountId = core.accounts.list().find((a) => a.kind === 'real')!.id;
        const result = await core.coordinator.sync(accountId);
        expect(result.outcome).toBe('success');
      },
    });
    await host.close();
    await core.dispose();
    await remote.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

test('snooze from a flow, dismiss on Home, the drop ends, and a new drop brings the alert back', async ({ page, store }) => {
  test.setTimeout(240_000);
  await page.goto(store.url);
  const added = await page.evaluate(async (key) => (globalThis as unknown as Bridge).storepulse.accounts.add({ key }), demoKeys.outdoor);
  if (!added.ok) throw new Error(added.error.message);
  await store.sync();
  await page.evaluate(async (id) => (globalThis as unknown as Bridge).storepulse.settings.set({ lastAccountId: id }), added.value.account.id);
  await page.reload();

  // One incident: the theme lost the onsite snippets of both metrics. One banner, on its headline.
  await expect(banner(page, 'Added to Cart')).toBeVisible({ timeout: 30_000 });
  await expect(banner(page, 'Added to Cart')).toContainText(fill(en.incidentPage.moreMetrics_one, { count: '1', metrics: 'Viewed Product' }));
  await expect(banner(page, 'Viewed Product')).toHaveCount(0);

  // Snooze 60 days from Browse Abandonment's trigger panel: the date is shown, the badge stays, muted.
  await page.getByRole('button', { name: en.nav.flows, exact: true }).click();
  await flowRow(page, 'Browse Abandonment').getByRole('button', { name: /open the trigger of Browse Abandonment$/ }).click();
  const panel = page.getByRole('dialog', { name: fill(panelText.title, { flow: 'Browse Abandonment' }) });
  await panel.getByRole('button', { name: panelText.snoozeOptions }).click();
  await panel.getByRole('button', { name: fill(panelText.snoozeDays_other, { count: '60' }) }).click();
  // Sixty calendar days after the store's clock (Nov 23), in New York: January 22, 2027.
  await expect(panel.getByRole('status').filter({ hasText: 'Snoozed.' })).toContainText('January 22, 2027');
  await panel.getByRole('button', { name: panelText.close }).click();
  await expect(flowRow(page, 'Browse Abandonment').getByRole('img', { name: /snoozed until January 22, 2027$/ })).toBeVisible();

  // Home: the snoozed incident has left, with both its metrics.
  await page.getByRole('button', { name: en.nav.home, exact: true }).click();
  await expect(banner(page, 'Added to Cart')).toHaveCount(0);

  // The notification centre keeps what was done, and takes the snooze back.
  await page.getByRole('button', { name: /^Notifications/ }).click();
  const centre = page.getByRole('dialog', { name: en.notificationCentre.title });
  const here = (line: string) => fill(en.notificationCentre.byThisComputer, { line });
  const entry = centre.locator('.incident-entry').filter({ hasText: 'Viewed Product' });
  await expect(entry).toContainText(here(fill(en.notificationCentre.event.snoozed, { date: 'January 22, 2027' })));
  await entry.getByRole('button', { name: fill(en.incidentSettings.unsnoozeNamed, { metric: 'Added to Cart' }) }).click();
  await centre.getByRole('button', { name: en.notificationCentre.close }).click();

  // Back on Home; dismiss it there, and the centre says so.
  await expect(banner(page, 'Added to Cart')).toBeVisible();
  await banner(page, 'Added to Cart').getByRole('button', { name: en.homeScreen.dismiss }).click();
  await expect(banner(page, 'Added to Cart')).toHaveCount(0);
  await page.getByRole('button', { name: /^Notifications/ }).click();
  await expect(entry).toContainText(here(en.notificationCentre.event.dismissed));
  await centre.getByRole('button', { name: en.notificationCentre.close }).click();

  // The drop ends (the dismissed alert resolves quietly); a day later Added to Cart drops again.
  for (let step = 0; step < 4; step += 1) {
    store.clock.advance(3 * hour);
    await store.sync();
  }
  await expect(banner(page, 'Added to Cart')).toHaveCount(0);
  store.clock.set('2026-11-24T23:10:00Z');
  await store.sync();
  store.clock.advance(hour);
  await store.sync();
  await expect(banner(page, 'Added to Cart')).toBeVisible({ timeout: 30_000 });
  await expect(banner(page, 'Viewed Product')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/alert-returns.png' });
});
