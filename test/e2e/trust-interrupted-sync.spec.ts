import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { Language } from '../../shared/domain/settings';
import { catalogues } from '../../shared/i18n/catalogues';
import type { StorepulseApi } from '../../shared/ipc/contract';
import { startBrowserHost } from '../../main/web/browser-host';
import { createHostServices } from '../support/host-services';

/**
 * A sync killed mid-run leaves its row open in the cache. The cache file is prepared that way
 * before the host starts (a first core creates it with the demo accounts, then the rows of a
 * completed run and of a run that never ended are written as a killed process leaves them); the
 * host's core closes the open run as interrupted, and Settings > Recent syncs says so, in the
 * account's timezone, in English and in French.
 */
type Bridge = { storepulse: StorepulseApi };

const test = base.extend<{ url: string }>({
  // eslint-disable-next-line no-empty-pattern
  url: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'storepulse-e2e-interrupted-'));
    const first = createHostServices(dataDir, 'en-US', { schedule: false });
    await first.core.dispose();
    const db = new Database(join(dataDir, 'cache.sqlite'));
    db.prepare(
      "INSERT INTO sync_runs (account_id, started_at, ended_at, outcome, rows_written) VALUES ('demo-outdoor', '2026-11-20T14:00:00.000Z', '2026-11-20T14:01:10.000Z', 'success', 1234)",
    ).run();
    db.prepare("INSERT INTO sync_runs (account_id, started_at) VALUES ('demo-outdoor', '2026-11-21T09:30:00.000Z')").run();
    db.close();

    // No scheduled sync: the history shows exactly the prepared runs.
    const { core, events } = createHostServices(dataDir, 'en-US', { schedule: false });
    const host = await startBrowserHost({ rendererDir: 'out/renderer', dispatch: core.dispatch, events });
    await use(host.url);
    await host.close();
    await core.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

test('an interrupted sync shows in Settings > Recent syncs as interrupted, in English and French', async ({ page, url }) => {
  await page.goto(url);
  await expect(page.getByRole('navigation')).toBeVisible();

  for (const language of ['en', 'fr'] as const satisfies readonly Language[]) {
    const catalogue = catalogues[language];
    await page.evaluate(async (lng) => (globalThis as unknown as Bridge).storepulse.settings.set({ language: lng }), language);
    await page.getByRole('navigation').getByRole('button', { name: catalogue.nav.settings, exact: true }).click();
    const section = page.locator('section.recent-syncs');
    await expect(section.getByRole('heading', { name: catalogue.syncHistory.title })).toBeVisible();

    const outdoor = section.locator('[data-account-id="demo-outdoor"]');
    await expect(outdoor.getByText(catalogue.syncHistory.timesIn.replace('{{timezone}}', 'America/New_York'))).toBeVisible();
    const rows = outdoor.locator('tbody tr');
    await expect(rows).toHaveCount(2);
    // Newest first: the run that never ended, then the completed one.
    await expect(rows.nth(0)).toHaveAttribute('data-outcome', 'interrupted');
    await expect(rows.nth(0).locator('td').nth(2)).toHaveText(catalogue.syncHistory.interrupted);
    await expect(rows.nth(1)).toHaveAttribute('data-outcome', 'completed');
    // Started at 09:30 UTC: 4:30 AM in New York (EST), on each language's clock.
    await expect(rows.nth(0).locator('td').nth(0)).toContainText(language === 'en' ? '4:30 AM' : '04:30');
    await expect(rows.nth(1).locator('td').nth(2)).toContainText(language === 'en' ? '1,234' : '1 234');

    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: `test-results/recent-syncs-${language}.png` });
  }
});
