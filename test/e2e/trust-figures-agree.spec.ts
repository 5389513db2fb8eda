import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { Incident } from '../../shared/domain/incident';
import type { Alert } from '../../shared/domain/alert';
import type { Language } from '../../shared/domain/settings';
import { catalogues } from '../../shared/i18n/catalogues';
import type { StorepulseApi } from '../../shared/ipc/contract';
import { defaultScenario, demoKeys, startSimulator } from '../../main/simulator';
import { manualClock } from '../support/simulator-client';
import { clockSleep } from '../support/sync-harness';
import { unlimitedRateLimits } from '../support/unlimited-registry';
import { startBrowserHost } from '../../main/web/browser-host';
import { createHostServices } from '../support/host-services';

/**
 * The same drop, the same figures: each demo alert's "now" and "when it fired" figures are read
 * from every surface that shows the alert (Home's banner, the diagnosis card, the Metrics screen,
 * the trigger panel of an affected flow) and must be the same words. The notification centre
 * speaks of whole incidents (their cost), not of one metric's figures.
 * The store's clock is held still between readings, so "now" is one moment for all surfaces; it
 * is moved on a few hours after the alerts fire, so "now" and "when it fired" differ.
 */
type Bridge = { storepulse: StorepulseApi };
const hour = 3_600_000;

interface Reading {
  surface: string;
  now: string;
  fired: string;
}

const test = base.extend<{ store: { url: string; clock: ReturnType<typeof manualClock>; sync(): Promise<void> } }>({
  // eslint-disable-next-line no-empty-pattern
  store: async ({}, use) => {
    // Ten minutes past the current hour, on today's date: the demo's drops are placed relative to
    // the clock, and the charts (drawn up to the computer's own now) show the same hours.
    const clock = manualClock(new Date(Math.floor(Date.now() / hour) * hour - 3 * hour + 600_000).toISOString());
    const remote = await startSimulator({ clock, scenario: defaultScenario(), enforceRateLimits: false });
    const dataDir = mkdtempSync(join(tmpdir(), 'storepulse-e2e-figures-'));
    // Four full syncs of the history: paced by the client's real per-minute limits they alone took
    // minutes. The simulator does not limit here, and any wait (backoff, Retry-After) is taken on
    // the store's clock.
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

async function read(surface: string, figures: Locator): Promise<Reading> {
  await expect(figures, `${surface} shows the alert's figures`).toHaveCount(1, { timeout: 10_000 });
  const text = async (which: 'now' | 'fired') => ((await figures.locator(`[data-figure="${which}"]`).textContent()) ?? '').trim();
  return { surface, now: await text('now'), fired: await text('fired') };
}

async function openTab(page: Page, language: Language, tab: 'home' | 'metrics' | 'flows') {
  await page.getByRole('navigation').getByRole('button', { name: catalogues[language].nav[tab], exact: true }).click();
}

/** A chart bucket's own reading: "this hour alone: …", below or above expected. */
function ownReading(language: Language): RegExp {
  const { hourBelow, hourAbove } = catalogues[language].alertFigures;
  const start = (message: string) => message.split('{{')[0]!.trim();
  return new RegExp(`^(${start(hourBelow)}|${start(hourAbove)}) `);
}

/** Every surface's reading of one alert, with a screenshot of each surface. */
async function walk(page: Page, alert: Alert, incident: Incident, language: Language): Promise<Reading[]> {
  const readings: Reading[] = [];
  const figuresOf = (scope: Locator) => scope.locator(`[data-figures-for="${alert.id}"]`);
  const shot = (surface: string) => page.screenshot({ path: `test-results/screens/figures-${surface}-${alert.metricId}-${language}.png` });

  await openTab(page, language, 'home');
  // Home has one banner per incident, showing its headline metric's figures.
  await expect(page.locator('.alert-banner').first()).toBeVisible({ timeout: 10_000 });
  if (incident.headlineMetricId === alert.metricId) {
    readings.push(await read('banner', figuresOf(page.locator('.alert-banner'))));
    await figuresOf(page.locator('.alert-banner')).scrollIntoViewIfNeeded();
    await shot('banner');
  } else {
    await expect(figuresOf(page.locator('.alert-banner'))).toHaveCount(0);
  }
  // The incident page shows every member's figures.
  await page.locator('.alert-banner').filter({ has: page.locator(`[data-figures-for="${incident.members.find((m) => m.metricId === incident.headlineMetricId)!.alertId}"]`) })
    .getByRole('button', { name: catalogues[language].incidentPage.viewIncident }).click();
  readings.push(await read('incident page', figuresOf(page.getByRole('main'))));
  await shot('incident');
  await openTab(page, language, 'home');
  const cards = figuresOf(page.locator('.diagnosis-card'));
  if ((await cards.count()) > 0) {
    await cards.first().scrollIntoViewIfNeeded();
    readings.push(await read('diagnosis card', cards.first()));
  }
  await shot('home');

  // The Metrics chart and the flows' trigger panels draw counts: a revenue drop or a harmful rise
  // is shown where it is told (its banner, its incident page), not on them.
  if (alert.kind !== 'count-down') {
    await openTab(page, language, 'metrics');
    await page.locator(`button[data-metric-id="${alert.metricId}"]`).click();
    await expect(figuresOf(page.locator('.metric-detail'))).toHaveCount(0);
    return readings;
  }
  await openTab(page, language, 'metrics');
  await page.locator(`button[data-metric-id="${alert.metricId}"]`).click();
  readings.push(await read('metrics', figuresOf(page.locator('.metric-detail'))));
  // The chart's tooltip gives the hovered hour's own reading, labelled as that hour's alone.
  const chart = page.getByTestId('metric-chart');
  const box = await chart.boundingBox();
  if (!box) throw new Error('the metrics chart has no box');
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height * 0.5);
  await expect(page.locator('.time-series-chart__tooltip-own')).toHaveText(ownReading(language));
  await shot('metrics');

  const flow = alert.affectedFlows[0];
  if (flow) {
    await openTab(page, language, 'flows');
    const row = page.locator('tbody tr').filter({ has: page.getByRole('rowheader').getByText(flow.name, { exact: true }) });
    await row.locator('button.flows-table__trigger').click();
    const panel = page.getByRole('dialog');
    readings.push(await read('flows panel', figuresOf(panel)));
    await page.mouse.move(0, 0);
    await shot('flows-panel');
    // The trigger chart's tooltip too: the hour's own reading, labelled.
    const drawing = panel.locator('.flows-chart__drawing');
    const area = await drawing.boundingBox();
    if (!area) throw new Error('the trigger chart has no box');
    await page.mouse.move(area.x + area.width * 0.9, area.y + area.height * 0.6);
    await expect(panel.locator('.flows-chart__own')).toHaveText(ownReading(language));
    await shot('flows-tooltip');
    await page.keyboard.press('Escape');
  }
  return readings;
}

test('each demo alert shows the same "now" and "when it fired" figures on every surface, in English and French', async ({ page, store }) => {
  test.setTimeout(480_000);
  await page.goto(store.url);
  const added = await page.evaluate(async (key) => (globalThis as unknown as Bridge).storepulse.accounts.add({ key }), demoKeys.outdoor);
  if (!added.ok) throw new Error(added.error.message);
  const accountId = added.value.account.id;
  await store.sync();
  // The drop goes on for a few more hours: "now" moves away from "when it fired".
  for (let step = 0; step < 3; step += 1) {
    store.clock.advance(hour);
    await store.sync();
  }

  const listed = await page.evaluate(
    async (id) => (globalThis as unknown as Bridge).storepulse.alerts.list({ accountId: id, states: ['active'] }),
    accountId,
  );
  if (!listed.ok) throw new Error(listed.error.message);
  const alerts = listed.value;
  expect(alerts.length).toBeGreaterThan(0);
  const grouped = await page.evaluate(async (id) => (globalThis as unknown as Bridge).storepulse.incidents.list({ accountId: id }), accountId);
  if (!grouped.ok) throw new Error(grouped.error.message);
  const incidents = grouped.value;

  for (const language of ['en', 'fr'] as const) {
    await page.evaluate(
      async ({ id, lng }) => (globalThis as unknown as Bridge).storepulse.settings.set({ lastAccountId: id, language: lng }),
      { id: accountId, lng: language },
    );
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const surfaces = new Set<string>();
    for (const alert of alerts) {
      // The one figure main computed: labelled "now" and "when it fired", and they differ.
      expect(alert.figures.now, `${alert.metricName} has a live figure`).not.toBeNull();
      const incident = incidents.find((candidate) => candidate.members.some((member) => member.alertId === alert.id));
      if (!incident) throw new Error(`${alert.metricName} belongs to no incident`);
      const readings = await walk(page, alert, incident, language);
      readings.forEach((reading) => surfaces.add(reading.surface));
      const first = readings[0]!;
      expect(first.now).not.toBe('');
      expect(first.fired).not.toBe('');
      // A rise is worded "above expected": its percentage is written without the sign.
      const percentNow = Math.abs(alert.figures.now!.percentBelow);
      const written = (percent: number) => new Intl.NumberFormat(language).format(percent);
      if (alert.figures.now!.observed > 0) expect(first.now).toContain(written(percentNow));
      if (alert.observed > 0) expect(first.fired).toContain(written(Math.abs(alert.figures.fired.percentBelow)));
      for (const reading of readings) {
        expect({ surface: reading.surface, now: reading.now, fired: reading.fired }, `${alert.metricName} in ${language}`).toEqual({
          surface: reading.surface,
          now: first.now,
          fired: first.fired,
        });
      }
    }
    // Every surface was visited for at least one alert.
    expect([...surfaces].sort()).toEqual(['banner', 'diagnosis card', 'flows panel', 'incident page', 'metrics']);
  }
});
