import { catalogues } from '../../shared/i18n/catalogues';
import { fill } from './catalogue-text';
import { expect, openApp, test } from './fixtures';

const en = catalogues.en;

/**
 * The demo store's default scenario has one incident of each kind beyond a count falling: the
 * value of Shopify's Placed Order halved by a discount code applying to everything while the
 * orders keep coming, and spam complaints rising after a bad list import. Each is its own
 * incident, worded as what it is on Home, in the notification centre and on its incident page.
 */
test('a revenue drop and a spam-complaint rise show on Home, in the centre and on their incident pages', async ({ page, host }) => {
  await openApp(page, host);
  const valueBanner = page.getByRole('listitem').filter({ has: page.getByText(/^The value of Placed Order \(Shopify\) is below expected since /) });
  const spamBanner = page.getByRole('listitem').filter({ has: page.getByText(/^Marked Email as Spam is above expected since /) });

  await test.step('Home: one banner each, with the evidence in money for the value', async () => {
    await expect(valueBanner).toBeVisible({ timeout: 60_000 });
    await expect(valueBanner).toContainText('check discount codes, prices and currency');
    await expect(valueBanner.locator('[data-figure="evidence"]')).toHaveText(
      /^Value of \$[\d,.]+ in the (hour|\d+ hours) to .+; the same number of events usually brings about \$[\d,.]+\. Chance of this with nothing wrong: /,
    );
    await expect(valueBanner.locator('[data-figure="now"]')).toHaveText(/^now \d+% below expected$/);
    await expect(valueBanner).toContainText(/about \$[\d,]+ in missing revenue/);
    // The orders still come: no flow is starved, none is offered.
    await expect(valueBanner.getByRole('button', { name: en.homeScreen.viewFlows })).toHaveCount(0);
    await expect(spamBanner).toBeVisible();
    await expect(spamBanner.locator('[data-figure="now"]')).toHaveText(/^now [\d,]+% above expected$/);
    await expect(spamBanner).toContainText(/more Marked Email as Spam events than expected/);
    // Neither joined the count incidents of the same hours (the theme's tracking gap).
    await expect(valueBanner.getByText(/more metric/)).toHaveCount(0);
    await expect(spamBanner.getByText(/more metric/)).toHaveCount(0);
    await page.setViewportSize({ width: 1280, height: 1900 });
    await page.screenshot({ path: 'test-results/screens/home-kinds.png' });
  });

  await test.step('the notification centre names the kind of each', async () => {
    await page.getByRole('button', { name: /^Notifications, \d+ unread$/ }).click();
    const centre = page.getByRole('dialog', { name: en.notificationCentre.title });
    await expect(centre.locator('.incident-entry').filter({ hasText: 'Value of Placed Order (Shopify)' })).toContainText(/the events themselves came in and about \$[\d,]+ in missed revenue/);
    await expect(centre.locator('.incident-entry').filter({ hasText: 'Marked Email as Spam (Klaviyo) (rising)' })).toContainText(/more events? than expected/);
    await page.keyboard.press('Escape');
  });

  await test.step('the incident pages say what moved', async () => {
    await valueBanner.getByRole('button', { name: en.incidentPage.viewIncident }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fill(en.incidentPage.headlineValue, { metric: 'Placed Order (Shopify)', account: 'Demo Outdoor Co.' }));
    await expect(page.locator('[data-cost="events"]')).toHaveText('the Placed Order events came in; their value fell');
    await expect(page.locator('[data-cost="revenue"]')).toHaveText(/^about \$[\d,]+ in missing revenue \(between \$[\d,]+ and \$[\d,]+\)$/);
    // The chart and its table are in dollars, against the value the orders should have brought.
    const table = page.locator('.incident-member__table table');
    await expect(table.getByRole('columnheader', { name: en.incidentPage.members.valueColumn, exact: true })).toBeVisible();
    await expect(table.getByRole('cell', { name: /^\$[\d,]+$/ }).first()).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/incident-value.png' });
    await page.getByRole('button', { name: en.nav.home, exact: true }).click();
    await spamBanner.getByRole('button', { name: en.incidentPage.viewIncident }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fill(en.incidentPage.headlineRise, { metric: 'Marked Email as Spam', account: 'Demo Outdoor Co.' }));
    await expect(page.locator('[data-cost="events"]')).toHaveText(/^about [\d,]+ more Marked Email as Spam events than expected/);
  });
});
