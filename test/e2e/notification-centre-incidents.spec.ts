import type { Locator, Page } from '@playwright/test';
import type { Incident } from '../../shared/domain/incident';
import { catalogues } from '../../shared/i18n/catalogues';
import type { StorepulseApi } from '../../shared/ipc/contract';
import { fill } from './catalogue-text';
import { expect, openApp, test } from './fixtures';

/**
 * The notification centre as a timeline of incidents on the demo store: one entry per incident
 * (the theme change's drops of Added to Cart and Viewed Product are one), newest first; the
 * Unread filter; opening an entry reads it for good and lands on its page. Then the mute, from
 * the Flows panel (with its Undo) to Settings' "Snoozed and dismissed".
 */
const en = catalogues.en;
const centreText = en.notificationCentre;
const panelText = en.flowsScreen.panel;
type Bridge = { storepulse: StorepulseApi };

async function incidentsOf(page: Page): Promise<Incident[]> {
  const answer = await page.evaluate(async () => (globalThis as unknown as Bridge).storepulse.incidents.list());
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}

async function unreadOnBell(page: Page): Promise<number> {
  const label = (await page.locator('button.notification-bell').getAttribute('aria-label')) ?? '';
  return Number(label.match(/(\d+) unread/)?.[1] ?? 0);
}

async function openCentre(page: Page, title = centreText.title): Promise<Locator> {
  await page.locator('button.notification-bell').click();
  const centre = page.getByRole('dialog', { name: title });
  await expect(centre).toBeVisible();
  return centre;
}

function flowRow(page: Page, name: string) {
  return page.locator('tbody tr').filter({ has: page.getByRole('rowheader').getByText(name, { exact: true }) });
}

/** A text as a pattern that matches it literally. */
const literally = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const dropped = fill(en.flowsScreen.badgeWithIntegration, { metric: 'Viewed Product', integration: 'Shopify' });

test.describe('the notification centre, incident by incident', () => {
  test('lists incidents newest first, filters the unread, and reads the one opened for good', async ({ page, host, failures }) => {
    test.setTimeout(180_000);
    await openApp(page, host);
    await expect(page.locator('.sync-line__text')).toContainText('Up to date', { timeout: 90_000 });
    await expect(page.getByRole('button', { name: /^Notifications, \d+ unread$/ })).toBeVisible({ timeout: 30_000 });

    const incidents = await incidentsOf(page);
    const newestFirst = [...incidents].sort((a, b) => Date.parse(b.firedAt) - Date.parse(a.firedAt)).map((incident) => incident.id);
    const centre = await openCentre(page);
    const entries = centre.locator('.incident-entry');

    await test.step('one entry per incident, newest first, each with its timeline', async () => {
      await expect(entries).toHaveCount(incidents.length);
      expect(await entries.evaluateAll((items) => items.map((item) => item.getAttribute('data-incident-id')))).toEqual(newestFirst);
      // The theme change took Added to Cart and Viewed Product down together: one incident names both.
      const member = (name: string) => page.getByRole('list', { name: /^Metrics of the / }).getByText(name, { exact: true });
      const theme = entries.filter({ has: member('Added to Cart (Shopify)') }).filter({ has: member('Viewed Product (Shopify)') }).first();
      await expect(theme).toBeVisible();
      await expect(theme.getByRole('list', { name: /^What happened to / }).getByText(/^Drop detected on /)).toBeVisible();
      await expect(theme.locator('time').first()).toBeVisible();
      await page.screenshot({ path: 'test-results/notification-centre-en.png' });
    });

    const unread = await unreadOnBell(page);
    await test.step('Unread keeps the incidents not opened yet', async () => {
      expect(unread).toBeGreaterThan(0);
      await centre.getByRole('radio', { name: centreText.filterUnread }).check();
      await expect(entries).toHaveCount(unread);
      await expect(entries.getByText(centreText.unread, { exact: true })).toHaveCount(unread);
    });

    await test.step('opening an entry reads it and lands on its page; the reading survives a reload', async () => {
      const first = entries.first();
      const incidentId = (await first.getAttribute('data-incident-id')) ?? '';
      await first.locator('.incident-entry__open').click();
      await expect(centre).toBeHidden();
      await expect(page).toHaveURL(new RegExp(`#/incident/${literally(encodeURIComponent(incidentId))}$`));
      await expect.poll(() => unreadOnBell(page)).toBe(unread - 1);
      await page.reload();
      await expect(page.getByRole('navigation')).toBeVisible();
      await expect.poll(async () => (await incidentsOf(page)).find((incident) => incident.id === incidentId)?.readAt ?? null).not.toBeNull();
      await expect.poll(() => unreadOnBell(page)).toBe(unread - 1);
      const again = await openCentre(page);
      await again.getByRole('radio', { name: centreText.filterUnread }).check();
      await expect(again.locator(`.incident-entry[data-incident-id="${incidentId}"]`)).toHaveCount(0);
      await page.keyboard.press('Escape');
    });

    expect(failures).toEqual([]);
  });

  test('a snooze from the Flows panel mutes the badge, Undo brings it back, and Settings takes a snooze back', async ({ page, host, failures }) => {
    test.setTimeout(180_000);
    await openApp(page, host);
    await expect(page.locator('.sync-line__text')).toContainText('Up to date', { timeout: 90_000 });
    await page.getByRole('button', { name: en.nav.flows, exact: true }).click();
    const badge = flowRow(page, 'Browse Abandonment').getByRole('img', { name: dropped });
    await expect(badge).toHaveAttribute('aria-label', dropped, { timeout: 30_000 });

    const snoozeFromPanel = async () => {
      await flowRow(page, 'Browse Abandonment').getByRole('button', { name: /open the trigger of Browse Abandonment$/ }).click();
      const panel = page.getByRole('dialog', { name: fill(panelText.title, { flow: 'Browse Abandonment' }) });
      await panel.getByRole('button', { name: panelText.snoozeOptions }).click();
      await panel.getByRole('button', { name: fill(panelText.snoozeDays_other, { count: '30' }) }).click();
      await expect(panel.getByRole('status').filter({ hasText: 'Snoozed.' })).toBeVisible();
      await expect(panel.getByText(/^Alerts for this metric are snoozed until /)).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
    };

    await test.step('snooze, then Undo in the toast: the badge is back as it was', async () => {
      await snoozeFromPanel();
      await expect(badge).toHaveAttribute('aria-label', / snoozed until /);
      await expect(badge).toContainText(panelText.badgeSnoozedText);
      await page.locator('.toast').filter({ hasText: /snoozed for 30 days\./ }).getByRole('button', { name: en.incidents.toast.undo }).click();
      await expect(badge).toHaveAttribute('aria-label', dropped);
    });

    await test.step('snooze again: the badge stays, muted, labelled snoozed', async () => {
      await snoozeFromPanel();
      await expect(badge).toHaveAttribute('aria-label', / snoozed until /);
      await expect(badge).toHaveClass(/flows-badge--muted/);
    });

    await test.step('Settings lists the snooze with its end, and Unsnooze takes it back', async () => {
      await page.getByRole('button', { name: en.nav.settings, exact: true }).click();
      // The snooze is the whole incident's: the one Viewed Product dropped in, headed by Added to Cart.
      const theme = (await incidentsOf(page)).find((incident) => incident.members.some((member) => member.metricName === 'Viewed Product'));
      expect(theme?.mute).toBe('snoozed');
      const section = page.getByRole('region', { name: en.incidentSettings.mutedTitle });
      await expect(section.getByRole('listitem')).toHaveCount(1);
      const item = section.getByRole('listitem').filter({ hasText: 'Added to Cart (Shopify)' });
      await expect(item).toHaveAttribute('data-incident-id', theme?.id ?? '');
      await expect(item).toContainText('Demo Outdoor Co. · 2 metrics');
      await expect(item).toContainText(/Snoozed until \w+ \d+, \d{4}/);
      await item.getByRole('button', { name: 'Unsnooze Added to Cart (Shopify)', exact: true }).click();
      await expect(section.getByText(en.incidentSettings.mutedEmpty)).toBeVisible();
      await page.getByRole('button', { name: en.nav.flows, exact: true }).click();
      await expect(badge).toHaveAttribute('aria-label', dropped);
    });

    await test.step('the centre in French', async () => {
      await page.evaluate(async () => (globalThis as unknown as Bridge).storepulse.settings.set({ language: 'fr' }));
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      const centre = await openCentre(page, catalogues.fr.notificationCentre.title);
      await expect(centre.locator('.incident-entry').first()).toBeVisible();
      await expect(centre.getByText(/^Chute détectée sur /).first()).toBeVisible();
      await page.screenshot({ path: 'test-results/notification-centre-fr.png' });
      await page.keyboard.press('Escape');
      await page.evaluate(async () => (globalThis as unknown as Bridge).storepulse.settings.set({ language: 'en' }));
    });

    expect(failures).toEqual([]);
  });
});
