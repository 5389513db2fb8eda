import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { catalogues } from '../../shared/i18n/catalogues';
import { manualClock } from '../support/simulator-client';
import { startBrowserHost } from '../../main/web/browser-host';
import { createHostServices } from '../support/host-services';
import { fill } from './catalogue-text';
import { advanceTo, next, step, stepHeading } from './wizard-steps';

/**
 * A test order that never arrives, in Chromium: the demo store is told never to deliver it, and
 * the store's clock (which the wizard's time limit reads) is moved past the limit by this spec,
 * so nothing waits ninety real minutes. The operator is then handed over to troubleshooting with
 * the platform and the email already filled in.
 */
const en = catalogues.en;
const w = en.wizardsScreen;

const test = base.extend<{ store: { url: string; clock: ReturnType<typeof manualClock> } }>({
  // eslint-disable-next-line no-empty-pattern
  store: async ({}, use) => {
    const clock = manualClock('2026-11-23T12:10:00Z');
    const dataDir = mkdtempSync(join(tmpdir(), 'storepulse-e2e-test-order-'));
    const { core, events } = createHostServices(dataDir, 'en-US', { schedule: false, clock, demoTestOrders: { neverDeliverTestOrders: true } });
    expect((await core.coordinator.sync('demo-outdoor')).outcome).toBe('success');
    const host = await startBrowserHost({ rendererDir: 'out/renderer', dispatch: core.dispatch, events });
    await use({ url: host.url, clock });
    await host.close();
    await core.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

test('a test order that never arrives times out and hands over to troubleshooting', async ({ page, store }) => {
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(error.message));
  await page.goto(store.url);
  await page.getByRole('button', { name: en.nav.wizards, exact: true }).click();
  await page.getByRole('button', { name: w.kinds['test-order'].title, exact: true }).click();
  await page.getByRole('combobox', { name: w.fields.platform, exact: true }).selectOption('Shopify');
  await next(page).click();
  await next(page).click();
  await next(page).click();
  await page.getByRole('textbox', { name: w.fields.email, exact: true }).fill('never@storepulse.example');
  await page.getByRole('button', { name: w.fields.apply }).click();
  await next(page).click();
  await expect(stepHeading(page)).toHaveText(w['test-order'].steps.check);

  await page.getByRole('button', { name: w.testOrder.simulate }).click();
  await expect(page.getByRole('button', { name: w.testOrder.cancel })).toBeVisible();
  // An hour and a half later, by the store's clock, the next check gives up.
  store.clock.advance(91 * 60_000);
  await page.getByRole('button', { name: w.testOrder.checkAgain }).click();
  // How many checks ran depends on the screen's own polling meanwhile: only the verdict is asserted.
  await expect(step(page).locator('.wizard-item--no')).toContainText(w['test-order'].items.timedOutNoProfile.no_other.split('{{count}}')[0]!);
  await expect(page.getByRole('button', { name: w.testOrder.cancel })).toHaveCount(0);

  await page.getByRole('button', { name: w.testOrder.handover }).click();
  await expect(page.getByRole('heading', { level: 2, name: w.kinds.troubleshoot.title })).toBeVisible();
  await expect(step(page).getByText(fill(w.troubleshoot.items.targetIntegration, { integration: 'Shopify' }))).toBeVisible();
  await expect(step(page).getByText(fill(w.troubleshoot.items.testOrderNoProfile, { email: 'never@storepulse.example' }))).toBeVisible();
  await advanceTo(page, w.troubleshoot.steps.causes);
  await expect(page.locator('.wizard-causes li').first()).toContainText(w.troubleshoot.causes['integration-setup'].title);
  expect(failures).toEqual([]);
});
