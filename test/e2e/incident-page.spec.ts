import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { Incident } from '../../shared/domain/incident';
import { catalogues } from '../../shared/i18n/catalogues';
import type { StorepulseApi } from '../../shared/ipc/contract';
import { expect, openApp, test } from './fixtures';

const en = catalogues.en;
const fr = catalogues.fr;
type Bridge = { storepulse: StorepulseApi };
type Place = { location: { hash: string } };
const namespaces = Object.keys(en).join('|');
/** What i18next prints for a key it cannot find: the key itself, e.g. "incidentPage.title". */
const untranslatedKey = new RegExp(`\\b(${namespaces})\\.[A-Za-z][\\w.-]*`);

/** The demo account's incidents that Home shows a banner for: open, and neither snoozed nor dismissed. */
async function openIncidents(page: Page): Promise<Incident[]> {
  const result = await page.evaluate(async () => (globalThis as unknown as Bridge).storepulse.incidents.list({ accountId: 'demo-outdoor' }));
  if (!result.ok) throw new Error(result.error.message);
  return result.value.filter((incident) => incident.state !== 'resolved' && incident.mute === 'none');
}

/** A name as a pattern that matches it literally ("Placed Order (BigCommerce)"). */
const literally = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const bannerOf = (page: Page, incident: Incident): Locator => page.locator(`.alert-banners > li[data-incident-id="${incident.id}"]`);

async function expectNoBlockingViolations(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => `${where}: ${v.id} ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/**
 * The whole page in one picture: the content pane scrolls on its own, so the window is made as
 * tall as the page first (and put back after).
 */
async function fullScreenshot(page: Page, path: string): Promise<void> {
  const viewport = page.viewportSize();
  const height = await page.locator('#content').evaluate((content) => content.scrollHeight);
  await page.setViewportSize({ width: viewport?.width ?? 1280, height: Math.max(height, viewport?.height ?? 800) });
  await page.screenshot({ path, fullPage: true });
  if (viewport) await page.setViewportSize(viewport);
}

/** Opens an incident from its banner on Home, and waits for its page. */
async function openFromBanner(page: Page, incident: Incident): Promise<void> {
  await page.getByRole('button', { name: en.nav.home, exact: true }).click();
  await bannerOf(page, incident).getByRole('button', { name: en.incidentPage.viewIncident }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(incident.headlineMetricName);
}

test.describe('incident page', () => {
  // That an incident without flows offers none is asserted on the components themselves
  // (test/unit/renderer/incidents/incident-flows-offer.test.ts), and on the banners of the demo's
  // revenue drop and spam complaints below: every other open incident of the demo store has flows.
  test('Home’s banner opens the incident: its cost, its charts, its links, and its flows', async ({ page, host, failures }) => {
    test.setTimeout(180_000);
    await openApp(page, host);
    await expect(page.getByRole('button', { name: en.incidentPage.viewIncident }).first()).toBeVisible({ timeout: 60_000 });
    const incidents = await openIncidents(page);
    expect(incidents.length).toBeGreaterThan(0);
    // The theme change's incident: Viewed Product, which triggers Browse Abandonment, dropped with Added to Cart.
    const withFlows = incidents.find((incident) => incident.members.some((member) => member.metricName === 'Viewed Product'));
    expect(withFlows?.affectedFlows.map((flow) => flow.name), 'the demo store’s theme change affects Browse Abandonment').toContain('Browse Abandonment');
    if (!withFlows) return;
    const shown = withFlows;

    await test.step('one banner per open incident, with its cost and its other metrics', async () => {
      await expect(page.locator('.alert-banners > li[data-incident-id]')).toHaveCount(incidents.length);
      const banner = bannerOf(page, shown);
      await expect(banner).toContainText(shown.headlineMetricName);
      await expect(banner.locator('.alert-banner__cost')).toContainText(/about [\d,]+ missing .+ events? \(between [\d,]+ and [\d,]+\)/);
      if (shown.members.length > 1) await expect(banner).toContainText(/and \d+ more metrics?: /);
    });

    await test.step('"View incident" opens its page, which the address keeps', async () => {
      await openFromBanner(page, shown);
      expect(new URL(page.url()).hash).toBe(`#/incident/${encodeURIComponent(shown.id)}`);
      await expect(page.locator('.incident-state')).toHaveText(`${en.incidentPage.stateLabel}: ${en.incidentPage.state[shown.state]}`);
    });

    await test.step('the cost, each with its range, labelled live or final', async () => {
      const cost = page.getByRole('region', { name: en.incidentPage.cost.heading });
      await expect(cost.locator('[data-cost="events"]')).toHaveText(/^about [\d,]+ missing .+ events? \(between [\d,]+ and [\d,]+\)$/);
      await expect(cost).toContainText(shown.cost.final ? /Final estimate, through / : /So far, through /);
      if (shown.cost.missingRevenue) await expect(cost.locator('[data-cost="revenue"]')).toHaveText(/^about \S+ in missing revenue \(between \S+ and \S+\)$/);
      else await expect(cost.locator('[data-cost="revenue"]')).toHaveCount(0);
    });

    await test.step('a chart per metric, zoomed to the incident with its span shaded, and a link to it on the platform', async () => {
      const members = page.getByRole('region', { name: en.incidentPage.members.heading });
      await expect(members.getByTestId('incident-chart')).toHaveCount(shown.members.length);
      for (const chart of await members.getByTestId('incident-chart').all()) {
        await expect(chart.locator('.time-series-chart__count path.recharts-curve').first()).toBeVisible();
        await expect(chart.locator('.time-series-chart__anomaly').first()).toBeAttached();
      }
      const headline = members.getByRole('article').filter({ has: page.getByRole('heading', { name: new RegExp(`^${literally(shown.headlineMetricName)}`) }) });
      const link = headline.getByRole('link', { name: /^Open .+ in Klaviyo/ });
      await expect(link).toHaveAttribute('href', new RegExp(`^https://www\\.klaviyo\\.com/metric/${shown.headlineMetricId}/`));
      await expect(link).toHaveAttribute('target', '_blank');
    });

    await test.step('the affected flows, each linked on the platform, and the way to Flows', async () => {
      const flows = page.getByRole('region', { name: en.incidentPage.flows.heading });
      await expect(flows.getByRole('listitem')).toHaveCount(withFlows.affectedFlows.length);
      await expect(flows.getByRole('listitem').filter({ hasText: 'Browse Abandonment' })).toHaveCount(1);
      const first = withFlows.affectedFlows[0]!;
      await expect(flows.getByRole('link', { name: new RegExp(literally(first.name)) }).first()).toHaveAttribute('href', `https://www.klaviyo.com/flow/${first.id}/edit`);
      await expect(page.getByRole('button', { name: en.incidentPage.flows.viewFlows })).toBeVisible();
    });

    await test.step('the timeline, and a page without accessibility violations', async () => {
      await expect(page.getByRole('region', { name: en.incidentPage.timeline.heading }).getByRole('listitem')).toHaveCount(shown.timeline.length);
      await expectNoBlockingViolations(page, 'incident page');
      await fullScreenshot(page, 'test-results/incident-page-en.png');
    });

    await test.step('each open incident offers its own flows, on its banner and on its page; one without flows offers none', async () => {
      // A revenue drop (the orders still come) and the spam complaints starve no flow: their
      // banners offer none to view.
      const flowless = incidents.filter((incident) => incident.affectedFlows.length === 0);
      expect(flowless.map((incident) => incident.headlineKind).sort()).toEqual(['rise-harmful', 'value-down']);
      await page.getByRole('button', { name: en.nav.home, exact: true }).click();
      for (const incident of flowless) {
        await expect(bannerOf(page, incident)).toBeVisible();
        await expect(bannerOf(page, incident).getByRole('button', { name: en.homeScreen.viewFlows })).toHaveCount(0);
      }
      for (const incident of incidents.filter((candidate) => candidate.affectedFlows.length > 0)) {
        await page.getByRole('button', { name: en.nav.home, exact: true }).click();
        await expect(bannerOf(page, incident).getByRole('button', { name: en.homeScreen.viewFlows })).toBeVisible();
        await openFromBanner(page, incident);
        const items = page.getByRole('region', { name: en.incidentPage.flows.heading }).getByRole('listitem');
        await expect(items).toHaveCount(incident.affectedFlows.length);
        for (const flow of incident.affectedFlows) await expect(items.filter({ hasText: flow.name })).toHaveCount(1);
        await expect(page.getByRole('button', { name: en.incidentPage.flows.viewFlows })).toBeVisible();
      }
    });

    await test.step('"View affected flows" opens the Flows screen', async () => {
      await openFromBanner(page, withFlows);
      await page.getByRole('button', { name: en.incidentPage.flows.viewFlows }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.nav.flows);
    });

    const diagnosed = incidents.find((incident) => incident.diagnosisKind !== null);
    if (diagnosed) {
      await test.step('the probable cause’s next step opens its wizard', async () => {
        await openFromBanner(page, diagnosed);
        const cause = page.getByRole('region', { name: en.incidentPage.diagnosis.heading });
        await cause.getByRole('button').click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.nav.wizards);
        await expect(page.locator('#wizard-title')).toBeVisible();
      });
    }

    await test.step('in French, after a reload on the page’s own address', async () => {
      await page.evaluate(async () => (globalThis as unknown as Bridge).storepulse.settings.set({ language: 'fr' }));
      await page.evaluate((hash) => {
        (globalThis as unknown as Place).location.hash = hash;
      }, `#/incident/${encodeURIComponent(shown.id)}`);
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toContainText(shown.headlineMetricName);
      await expect(page.getByRole('region', { name: fr.incidentPage.cost.heading })).toBeVisible();
      await expect(page.getByTestId('incident-chart').first().locator('.time-series-chart__count path.recharts-curve').first()).toBeVisible();
      const text = await page.locator('body').innerText();
      expect(text.match(untranslatedKey)?.[0] ?? null).toBeNull();
      await fullScreenshot(page, 'test-results/incident-page-fr.png');
      await page.evaluate(async () => (globalThis as unknown as Bridge).storepulse.settings.set({ language: 'en' }));
    });

    expect(failures).toEqual([]);
  });

  test('an incident that does not exist says so, and leads back to Home', async ({ page, host }) => {
    await openApp(page, host);
    await page.evaluate(() => {
      (globalThis as unknown as Place).location.hash = '#/incident/no-such-incident';
    });
    await page.reload();
    await expect(page.getByRole('heading', { name: en.incidentPage.notFoundTitle })).toBeVisible();
    await page.getByRole('button', { name: en.incidentPage.backHome }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.home.title);
  });
});
