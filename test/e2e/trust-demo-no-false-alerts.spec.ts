import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { Language } from '../../shared/domain/settings';
import { catalogues } from '../../shared/i18n/catalogues';
import type { StorepulseApi } from '../../shared/ipc/contract';
import { startBrowserHost, type BrowserHost } from '../../main/web/browser-host';
import { createHostServices } from '../support/host-services';
import { designedIncidents } from '../support/demo-designed-incidents';
import { fill } from './catalogue-text';

type Bridge = { storepulse: StorepulseApi };

/**
 * The demo store a week after Black Friday: its first sync reads the whole history, and the
 * notification centre must list exactly the scenario's designed drops. Black Friday's orders, and
 * the Fridays the demo's sale email had made look busy, are no drop: no Placed Order (Shopify)
 * alert, and no drop shading on its chart. The clock moves on from the anchor so the scheduled
 * sync runs as usual.
 */
const DEMO_NOW = Date.parse('2026-12-04T17:10:00Z');

const test = base.extend<{ failures: string[] }, { host: BrowserHost }>({
  host: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'storepulse-e2e-no-false-'));
      const startedAt = Date.now();
      const clock = { now: () => new Date(DEMO_NOW + (Date.now() - startedAt)) };
      const { core, events } = createHostServices(dataDir, 'en-US', { clock });
      const host = await startBrowserHost({ rendererDir: 'out/renderer', dispatch: core.dispatch, events });
      await use(host);
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

/** The centre names every metric of its incidents as `metric (integration)`, with its kind, in every language. */
function expectedIn(language: Language): string[] {
  const kinds = catalogues[language].kinds;
  return designedIncidents()
    .map((incident) => {
      const name = `${incident.metric} (${incident.integration})`;
      if (incident.kind === 'value-down') return fill(kinds.valueOf, { metric: name });
      return incident.kind === 'rise-harmful' ? fill(kinds.risingOf, { metric: name }) : name;
    })
    .sort();
}

async function centreListsDesignedAlertsOnly(page: Page, language: Language): Promise<void> {
  const c = catalogues[language];
  await page.locator('button.notification-bell').click();
  const centre = page.getByRole('dialog', { name: c.notificationCentre.title });
  await expect(centre).toBeVisible();
  // An incident of several metrics lists them all; one of a single metric names it in its headline.
  const named = async () =>
    (
      await centre.locator('.incident-entry').evaluateAll((entries) =>
        entries.flatMap((entry) => {
          const members = [...entry.querySelectorAll('.incident-entry__members li')].map((item) => item.textContent ?? '');
          return members.length > 0 ? members : [entry.querySelector('.incident-entry__metric')?.textContent ?? ''];
        }),
      )
    ).sort();
  // The first sync of both demo accounts reads their whole history: wait for the list to settle.
  await expect.poll(named, { timeout: 180_000, intervals: [1_000] }).toEqual(expectedIn(language));
  const listed = await named();
  expect(listed.filter((name) => /^(Placed Order \(Shopify\)|Ordered Product)/.test(name))).toEqual([]);
  await page.screenshot({ path: `test-results/screens/trust-demo-no-false-alerts-centre-${language}.png` });
  await centre.getByRole('button', { name: c.notificationCentre.close }).click();
  await expect(centre).toBeHidden();
}

/** The last 30 days take in Black Friday week (23 to 29 Nov): the chart is drawn, with no drop shaded. */
async function placedOrderChartHasNoShading(page: Page, language: Language): Promise<void> {
  const c = catalogues[language];
  const s = c.metricsScreen;
  await page.getByRole('button', { name: c.nav.metrics, exact: true }).click();
  const list = page.getByRole('region', { name: s.listTitle });
  const detail = page.locator('.metric-detail');

  // The shading is there to be seen where a drop is designed: BigCommerce's orders stopped.
  await list.getByRole('button', { name: /^Placed Order\s*BigCommerce/ }).click();
  await detail.getByRole('radio', { name: s.ranges['30d'], exact: true }).check();
  await expect(detail.locator('.time-series-chart__anomaly').first()).toBeAttached({ timeout: 30_000 });

  await list.getByRole('button', { name: /^Placed Order\s*Shopify/ }).click();
  await detail.getByRole('radio', { name: s.ranges['30d'], exact: true }).check();
  await expect(detail.locator('.time-series-chart__expected path').first()).toBeAttached({ timeout: 30_000 });
  await expect(detail.locator('.time-series-chart__anomaly')).toHaveCount(0);
  await expect(detail.getByText(s.legend.anomaly)).toHaveCount(0);
  // The screens scroll inside the window: a taller window shows the chart and its table at once.
  await page.setViewportSize({ width: 1280, height: 1300 });
  await page.screenshot({ path: `test-results/screens/trust-demo-no-false-alerts-placed-order-${language}.png` });
  await page.setViewportSize({ width: 1280, height: 800 });
}

test.describe('the demo store raises no false drop in Black Friday week', () => {
  test('the notification centre lists only the designed drops, and Placed Order shows no shading, in English and French', async ({
    page,
    host,
    failures,
  }) => {
    test.setTimeout(360_000);
    await page.clock.setFixedTime(new Date(DEMO_NOW));
    await page.goto(host.url);
    await expect(page.getByRole('navigation').first()).toBeVisible();
    await page.evaluate(async () => (globalThis as unknown as Bridge).storepulse.settings.set({ language: 'en', lastAccountId: 'demo-outdoor' }));
    await centreListsDesignedAlertsOnly(page, 'en');
    await placedOrderChartHasNoShading(page, 'en');

    await page.evaluate(async () => (globalThis as unknown as Bridge).storepulse.settings.set({ language: 'fr' }));
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await centreListsDesignedAlertsOnly(page, 'fr');
    await placedOrderChartHasNoShading(page, 'fr');
    expect(failures).toEqual([]);
  });
});
