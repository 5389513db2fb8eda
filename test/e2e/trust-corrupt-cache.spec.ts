import { closeSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { catalogues } from '../../shared/i18n/catalogues';
import { fill } from './catalogue-text';
import type { StorepulseApi } from '../../shared/ipc/contract';
import { startWebHost, type WebHost } from '../../main/web/start-web-host';

type Bridge = { storepulse: StorepulseApi };
const en = catalogues.en;
const fr = catalogues.fr;
const banner = (page: Page, metric: string) => page.getByRole('listitem').filter({ has: page.getByText(new RegExp(`^${metric} is `)) });

/**
 * The cache is damaged between two runs. The next start shows the recovery page instead of dying;
 * "rebuild" sets the damaged file aside and opens Home on a cache rebuilt from the API, with the
 * alert history (here, a dismissed drop) back from the rolling backup.
 */
test('a corrupt cache at start shows the recovery page; rebuild ends on Home with the alert history restored', async ({ page }) => {
  test.setTimeout(300_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'storepulse-e2e-corrupt-'));
  const hosts: WebHost[] = [];
  // Real time, moved on an hour when the hourly backup should be due again.
  let aheadMs = 0;
  const clock = { now: () => new Date(Date.now() + aheadMs) };
  const start = async (locale: string, schedule: boolean) => {
    const web = await startWebHost({ dataDir, systemLocale: locale, rendererDir: 'out/renderer', hostCore: { schedule, clock } });
    hosts.push(web);
    return web;
  };
  try {
    // A first run: the demo store synced, one incident dismissed on Home, the backup taken.
    const first = await start('en-US', false);
    const core = await first.ready;
    if (!core) throw new Error('the first run did not start');
    const listed = await core.invoke('accounts:list', undefined);
    const outdoor = (listed.ok ? listed.value : []).find((account) => account.name === 'Demo Outdoor Co.')!;
    const synced = await core.invoke('sync:run', { accountId: outdoor.id });
    expect(synced.ok && synced.value.outcome).toBe('success');
    await page.goto(first.host.url);
    await page.evaluate(async (id) => (globalThis as unknown as Bridge).storepulse.settings.set({ lastAccountId: id }), outdoor.id);
    await page.reload();
    await banner(page, 'Added to Cart').getByRole('button', { name: en.homeScreen.dismiss }).click();
    await expect(banner(page, 'Added to Cart')).toHaveCount(0);
    // The hourly backup after a good sync, an hour on: it takes the dismissal (closing waits for it).
    aheadMs = 61 * 60_000;
    const later = await core.invoke('sync:run', { accountId: outdoor.id });
    expect(later.ok && later.value.outcome).toBe('success');
    await first.close();

    // Between runs the cache is damaged: pages overwritten.
    const cacheFile = join(dataDir, 'cache.sqlite');
    const fd = openSync(cacheFile, 'r+');
    for (let at = 4096; at < statSync(cacheFile).size; at += 8192) writeSync(fd, Buffer.alloc(1024, 0x5a), 0, 1024, at);
    closeSync(fd);

    // In French first (its own host on the same files: the page only reads them).
    const french = await start('fr-FR', true);
    await page.goto(french.host.url);
    await expect(page.getByRole('heading', { name: fr.startup.cacheCorrupt.title })).toBeVisible();
    await expect(page.getByRole('button', { name: fr.startup.cacheCorrupt.rebuild })).toBeVisible();
    await expect(page.getByRole('button', { name: fr.startup.quit })).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/trust-corrupt-cache-fr.png' });
    await french.close();

    const second = await start('en-US', true);
    await page.goto(second.host.url);
    await expect(page.getByRole('heading', { name: en.startup.cacheCorrupt.title })).toBeVisible();
    await expect(page.getByText(en.startup.cacheCorrupt.backupFound.split('{{')[0]!)).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/trust-corrupt-cache-en.png' });
    await page.getByRole('button', { name: en.startup.cacheCorrupt.rebuild }).click();

    // The app loads at the same address, on Home, and the damaged file is kept beside the new one.
    await expect(page.getByRole('navigation')).toBeVisible({ timeout: 30_000 });
    expect(readdirSync(dataDir).filter((name) => name.startsWith('cache.sqlite.corrupt-'))).toHaveLength(1);
    const rebuilt = await second.ready;
    if (!rebuilt) throw new Error('the rebuilt run did not start');
    const state = async () => {
      const statuses = await rebuilt.invoke('accounts:status', undefined);
      return statuses.ok ? statuses.value.find((status) => status.accountId === outdoor.id)?.state : undefined;
    };
    await expect.poll(state, { timeout: 180_000 }).toBe('up-to-date');
    await page.reload();
    // The other incident (the move from BigCommerce) is on Home again.
    await expect(page.locator('.alert-banner__text').filter({ hasText: /^Placed Order \(BigCommerce\) has stopped/ })).toBeVisible({ timeout: 30_000 });
    // The dismissal came back with the history: the theme's incident stays dismissed, both its metrics.
    await expect(banner(page, 'Added to Cart')).toHaveCount(0);
    await expect(banner(page, 'Viewed Product')).toHaveCount(0);
    await page.getByRole('button', { name: /^Notifications/ }).click();
    const centre = page.getByRole('dialog', { name: en.notificationCentre.title });
    await expect(centre.locator('.incident-entry').filter({ hasText: 'Added to Cart' })).toContainText(
      fill(en.notificationCentre.byThisComputer, { line: en.notificationCentre.event.dismissed }),
    );
    await page.screenshot({ path: 'test-results/screens/trust-corrupt-cache-rebuilt-en.png' });
  } finally {
    for (const web of hosts.reverse()) await web.close().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  }
});
