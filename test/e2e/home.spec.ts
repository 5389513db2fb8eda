import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { catalogues } from '../../shared/i18n/catalogues';
import { fill } from './catalogue-text';
import { expect, openApp, test } from './fixtures';

const en = catalogues.en;
const DAY_MS = 86_400_000;

/** The demo account counts its days in New York: the snooze's end is written in that zone. */
function longDatesAround(days: number): string[] {
  const format = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'America/New_York' });
  const now = Date.now();
  return [...new Set([now - 3_600_000, now, now + 3_600_000].map((at) => format.format(new Date(at + days * DAY_MS))))];
}

async function expectNoBlockingViolations(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => `${where}: ${v.id} ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

const banner = (page: Page, metric: string) => page.getByRole('listitem').filter({ has: page.getByText(new RegExp(`^${metric} (is|has) `)) });

test.describe('home and notification centre', () => {
  test('shows the incident, lets the operator act on it, and keeps its history in the centre', async ({ page, host, failures }) => {
    await openApp(page, host);

    await test.step('the first sync brings one banner per incident, its other metrics listed inside', async () => {
      await expect(page.getByText(/^Added to Cart is below expected since /)).toBeVisible({ timeout: 60_000 });
      // Viewed Product dropped with Added to Cart (the checkout funnel): one incident, one banner.
      const cart = banner(page, 'Added to Cart');
      await expect(cart.getByText(fill(en.incidentPage.moreMetrics_one, { count: '1', metrics: 'Viewed Product' }))).toBeVisible();
      await expect(banner(page, 'Viewed Product')).toHaveCount(0);
      await expect(cart.getByText(/^So far, through .+: about [\d,]+ missing Added to Cart events \(between [\d,]+ and [\d,]+\)\.$/)).toBeVisible();
      // Browse Abandonment is triggered by Viewed Product: the incident has a flow to show.
      await expect(cart.getByRole('button', { name: en.homeScreen.viewFlows })).toBeVisible();
      await expect(cart.getByRole('button', { name: en.incidentPage.viewIncident })).toBeVisible();
      // The platform switch is its own incident, and its events are said to have moved, not been lost.
      const switched = banner(page, 'Placed Order \\(BigCommerce\\)');
      await expect(switched).toContainText(en.incidentPage.cost.moved);
      await expect(switched).not.toContainText(/ and Not a loss/);
      // Each banner states its evidence: what came in, what a normal day brings, and the chance. The
      // stop's hour of the day follows the clock (20 days before now), so its span does too.
      await expect(switched.locator('[data-figure="evidence"]')).toHaveText(
        /^None in the \d+ hours to .+; on a normal \w+ (night|morning|afternoon|evening) about [\d,]+ would have come in\. Chance of this with nothing wrong: (about 1 in [\d,]+|less than 1 in a billion)\.$/,
      );
      await expect(cart.locator('[data-figure="evidence"]')).toHaveText(/^Only [\d,]+ in the \d+ hours to .+; on a normal \w+ \w+ about [\d,]+ would have come in\. Chance of this with nothing wrong: /);
    });

    await test.step('headline cards, diagnoses and the sync summary fill in', async () => {
      const headlines = page.getByRole('region', { name: en.homeScreen.headlinesHeading });
      await expect(headlines.getByRole('button', { name: /^Placed Order/ })).toBeVisible();
      await expect(headlines.getByRole('button', { name: /^Added to Cart/ })).toBeVisible();
      const causes = page.getByRole('region', { name: en.homeScreen.diagnosesHeading });
      await expect(causes.getByText('Order Confirmation (BigCommerce)')).toBeVisible();
      await expect(causes.getByText('Repeat Customer Thank-You (BigCommerce)')).toBeVisible();
      await expect(page.getByRole('region', { name: en.homeScreen.sync.heading })).toContainText('Up to date');
      // The content pane scrolls on its own: a tall window shows the whole of Home at once.
      const viewport = page.viewportSize();
      await page.setViewportSize({ width: 1280, height: 1700 });
      await page.screenshot({ path: 'test-results/screens/home.png' });
      if (viewport) await page.setViewportSize(viewport);
      await expectNoBlockingViolations(page, 'home');
    });

    await test.step('the bell counts the unread incidents; the centre lists them with what happened to each', async () => {
      const bell = page.getByRole('button', { name: /^Notifications, \d+ unread$/ });
      await expect(bell).toBeVisible();
      const unread = Number((await bell.getAttribute('aria-label'))?.match(/\d+/)?.[0]);
      expect(unread).toBeGreaterThan(0);
      await bell.click();
      const centre = page.getByRole('dialog', { name: en.notificationCentre.title });
      await expect(centre).toBeVisible();
      await expect(centre.locator('.incident-entry').filter({ hasText: 'Added to Cart' })).toBeVisible();
      await expect(centre.getByText(/^Drop detected on /).first()).toBeVisible();
      await page.screenshot({ path: 'test-results/screens/notification-centre.png' });
      await expectNoBlockingViolations(page, 'notification centre');
      await page.keyboard.press('Escape');
      await expect(centre).toBeHidden();
      // Looking is not reading: an incident is read once it is opened.
      await expect(page.getByRole('button', { name: `Notifications, ${unread} unread`, exact: true })).toBeVisible();
    });

    await test.step('"View affected flows" opens the Flows tab', async () => {
      await banner(page, 'Added to Cart').getByRole('button', { name: en.homeScreen.viewFlows }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.nav.flows);
      await expect(page.getByRole('button', { name: en.nav.flows, exact: true })).toHaveAttribute('aria-current', 'page');
      await page.getByRole('button', { name: en.nav.home, exact: true }).click();
    });

    await test.step('dismissing hides the incident from Home and its flow badge; Undo in the toast brings both back', async () => {
      await banner(page, 'Added to Cart').getByRole('button', { name: en.homeScreen.dismiss }).click();
      const toast = page.locator('.toast').filter({ hasText: fill(en.incidents.toast.dismissed, { metric: 'Added to Cart' }) });
      await expect(toast).toBeVisible();
      await expect(banner(page, 'Added to Cart')).toHaveCount(0);
      // The toast stays while the operator looks elsewhere: the badge went with the incident.
      await page.getByRole('button', { name: en.nav.flows, exact: true }).click();
      const badge = page
        .locator('tbody tr')
        .filter({ has: page.getByRole('rowheader').getByText('Browse Abandonment', { exact: true }) })
        .getByRole('img', { name: fill(en.flowsScreen.badgeWithIntegration, { metric: 'Viewed Product', integration: 'Shopify' }), exact: true });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.nav.flows);
      await expect(badge).toHaveCount(0);
      await toast.getByRole('button', { name: en.incidents.toast.undo }).click();
      await expect(badge).toBeVisible();
      await expect(toast).toBeHidden();
      await page.getByRole('button', { name: en.nav.home, exact: true }).click();
      await expect(banner(page, 'Added to Cart')).toBeVisible();
    });

    await test.step('dismissed for good, the centre still lists it, as dismissed from this computer', async () => {
      await banner(page, 'Added to Cart').getByRole('button', { name: en.homeScreen.dismiss }).click();
      await expect(banner(page, 'Added to Cart')).toHaveCount(0);
      await expect(banner(page, 'Placed Order \\(BigCommerce\\)')).toBeVisible();
      await page.getByRole('button', { name: /^Notifications/ }).click();
      const centre = page.getByRole('dialog', { name: en.notificationCentre.title });
      const entry = centre.locator('.incident-entry').filter({ hasText: 'Added to Cart' });
      await expect(entry.getByRole('button').first()).toContainText(en.notificationCentre.mutedDismissed);
      await expect(entry).toContainText(fill(en.notificationCentre.byThisComputer, { line: en.notificationCentre.event.dismissed }));
      await centre.getByRole('button', { name: en.notificationCentre.close }).click();
      await expect(centre).toBeHidden();
    });

    await test.step('snoozing confirms for how long, and the centre says the date the snooze ends', async () => {
      const switched = banner(page, 'Placed Order \\(BigCommerce\\)');
      await switched.getByRole('button', { name: en.homeScreen.snooze }).click();
      await switched.getByRole('button', { name: '30 days' }).click();
      await expect(page.locator('.toast').filter({ hasText: /^Placed Order.* snoozed for 30 days\./ })).toBeVisible();
      await expect(switched).toHaveCount(0);
      await page.getByRole('button', { name: /^Notifications/ }).click();
      const centre = page.getByRole('dialog', { name: en.notificationCentre.title });
      const entry = centre.locator('.incident-entry').filter({ hasText: 'BigCommerce' });
      const muted = (await entry.getByRole('button').first().textContent()) ?? '';
      expect(longDatesAround(30).some((date) => muted.includes(fill(en.notificationCentre.mutedSnoozedUntil, { date })))).toBe(true);
      await centre.getByRole('button', { name: en.notificationCentre.close }).click();
    });

    expect(failures).toEqual([]);
  });

  test('the centre opens and closes from the keyboard, giving the focus back to the bell', async ({ page, host }) => {
    await openApp(page, host);
    const bell = page.getByRole('button', { name: /^Notifications/ });
    await bell.focus();
    await page.keyboard.press('Enter');
    const centre = page.getByRole('dialog', { name: en.notificationCentre.title });
    await expect(centre).toBeVisible();
    await expect(centre.getByRole('button', { name: en.notificationCentre.close })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(centre).toBeHidden();
    await expect(bell).toBeFocused();
  });
});
