import type { Page } from '@playwright/test';
import { catalogues } from '../../shared/i18n/catalogues';
import { fill } from './catalogue-text';
import { expect, openApp, test } from './fixtures';

const en = catalogues.en;
const fr = catalogues.fr;
const m = en.metricMonitor;

/** The demo account counts its days in New York: a mute's end is written in that zone. */
function longDatesAround(days: number, locale = 'en-US'): string[] {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'America/New_York' });
  const now = Date.now();
  return [...new Set([now - 3_600_000, now, now + 3_600_000].map((at) => format.format(new Date(at + days * 86_400_000))))];
}

async function openAddedToCart(page: Page) {
  await expect(page.locator('.sync-line__text')).toContainText('Up to date', { timeout: 120_000 });
  await page.getByRole('button', { name: en.nav.metrics, exact: true }).click();
  await page.getByRole('region', { name: en.metricsScreen.listTitle }).getByRole('button', { name: /^Added to Cart\s*Shopify/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Added to Cart' })).toBeVisible();
  return page.locator('details.metric-monitor');
}

test('a metric watched its own way: sensitivity, a bad volume refused in words, mute with Undo, and Settings lists the mute until Unmute', async ({
  page,
  host,
  failures,
}) => {
  test.setTimeout(180_000);
  await openApp(page, host);
  const monitor = await openAddedToCart(page);

  await test.step('folded while the metric follows the defaults; opened, it says how it is watched', async () => {
    await expect(monitor).not.toHaveAttribute('open', '');
    await monitor.getByText(m.heading).click();
    await expect(monitor.getByLabel(m.sensitivity)).toHaveValue('');
    await expect(monitor.getByText(/Usually about [\d,.]+ events an hour\. Watched hourly\./)).toBeVisible();
  });

  await test.step('its own sensitivity is saved and judged again at once', async () => {
    await monitor.getByLabel(m.sensitivity).selectOption('high');
    await expect(monitor.getByRole('status')).toHaveText(fill(m.saved, { metric: 'Added to Cart' }));
    await expect(monitor.locator('summary')).toContainText(fill(m.sensitivityBadge, { sensitivity: m.high }));
  });

  await test.step('a minimum volume that is not a number is refused before anything is sent', async () => {
    const volume = monitor.getByLabel(m.minVolume);
    await volume.fill('ten');
    await expect(monitor.getByRole('alert')).toHaveText(fill(m.volumeInvalid, { max: '10,000' }));
    await expect(monitor.getByRole('button', { name: m.apply })).toBeDisabled();
    await volume.fill('');
    await expect(monitor.getByRole('alert')).toHaveCount(0);
  });

  await test.step('mute for 7 days, Undo in the toast, then mute again', async () => {
    await monitor.getByLabel(m.muteLabel).selectOption('7');
    await monitor.getByRole('button', { name: m.mute, exact: true }).click();
    const toast = page.locator('.toast').filter({ hasText: /^Added to Cart muted until / });
    await expect(toast).toBeVisible();
    await expect(monitor.getByRole('button', { name: fill(m.unmuteNamed, { metric: 'Added to Cart' }) })).toBeVisible();
    const muted = (await monitor.locator('.metric-monitor__muted').textContent()) ?? '';
    expect(longDatesAround(7).some((date) => muted === fill(m.mutedUntil, { date }))).toBe(true);
    await toast.getByRole('button', { name: en.incidents.toast.undo }).click();
    await expect(monitor.getByRole('button', { name: m.mute, exact: true })).toBeVisible();
    await expect(monitor.locator('summary')).not.toContainText(m.mutedBadge);

    await monitor.getByRole('button', { name: m.mute, exact: true }).click();
    await expect(monitor.locator('summary')).toContainText(m.mutedBadge);
    await page.screenshot({ path: 'test-results/screens/metric-monitor.png' });
  });

  await test.step('Settings lists the muted metric with its end; Unmute clears it', async () => {
    await page.getByRole('button', { name: en.nav.settings, exact: true }).click();
    const section = page.getByRole('region', { name: m.mutedTitle });
    const item = section.getByRole('listitem').filter({ hasText: 'Added to Cart (Shopify)' });
    await expect(item).toContainText('Demo Outdoor Co.');
    const status = (await item.locator('.muted-incidents__status').first().textContent()) ?? '';
    expect(longDatesAround(7).some((date) => status === fill(m.mutedUntil, { date }))).toBe(true);
    await item.getByRole('button', { name: fill(m.unmuteNamed, { metric: 'Added to Cart (Shopify)' }) }).click();
    await expect(section.getByText(m.mutedEmpty)).toBeVisible();
  });

  await test.step('in French, the section and its dates speak French', async () => {
    await page.getByLabel(en.settings.language).selectOption('fr');
    await page.getByRole('button', { name: fr.nav.metrics, exact: true }).click();
    await page.getByRole('region', { name: fr.metricsScreen.listTitle }).getByRole('button', { name: /^Added to Cart\s*Shopify/ }).click();
    const french = page.locator('details.metric-monitor');
    // Still watched its own way (high sensitivity): the section opens by itself.
    await expect(french).toHaveAttribute('open', '');
    await expect(french.locator('summary')).toContainText(fr.metricMonitor.heading);
    await expect(french.getByLabel(fr.metricMonitor.sensitivity)).toHaveValue('high');
    await page.screenshot({ path: 'test-results/screens/metric-monitor-fr.png' });
  });

  expect(failures).toEqual([]);
});
