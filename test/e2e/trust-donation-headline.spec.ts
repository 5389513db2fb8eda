import type { Language } from '../../shared/domain/settings';
import { catalogues } from '../../shared/i18n/catalogues';
import type { StorepulseApi } from '../../shared/ipc/contract';
import { expect, openApp, test } from './fixtures';

type Bridge = { storepulse: StorepulseApi };

/**
 * A donations account has none of the e-commerce metrics: its headline is its own key metric,
 * Contribution made, with the figure of its last 24 hours. The shop keeps its usual headlines.
 */
test.describe('headline metrics come from the account itself', () => {
  for (const language of ['en', 'fr'] as const satisfies readonly Language[]) {
    test(`Demo Charity shows Contribution made as its headline (${language})`, async ({ page, host, failures }) => {
      test.setTimeout(180_000);
      const c = catalogues[language];
      await openApp(page, host);
      await page.evaluate(async (lng) => (globalThis as unknown as Bridge).storepulse.settings.set({ language: lng, lastAccountId: 'demo-charity' }), language);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      const headlines = page.getByRole('region', { name: c.homeScreen.headlinesHeading });
      const cards = headlines.locator('.headline-card');
      await expect(cards.first()).toBeVisible({ timeout: 120_000 });
      const contribution = cards.first();
      await expect(contribution.getByRole('button', { name: /^Contribution made/ })).toBeVisible();
      // Its figure: a count of the last 24 hours (the demo charity receives a few gifts an hour).
      await expect(contribution.locator('.headline-card__count')).toHaveText(/^\d[\d\s\u202f,.]*$/);
      await expect(headlines).not.toContainText(c.homeScreen.headlinesEmpty);
      await page.setViewportSize({ width: 1280, height: 1400 });
      await page.screenshot({ path: `test-results/screens/trust-donation-home-${language}.png` });

      // The shop's Home still leads with its orders.
      await page.evaluate(async () => (globalThis as unknown as Bridge).storepulse.settings.set({ lastAccountId: 'demo-outdoor' }));
      await expect(headlines.locator('.headline-card').first().getByRole('button', { name: /^Placed Order/ })).toBeVisible({ timeout: 120_000 });
      await page.screenshot({ path: `test-results/screens/trust-outdoor-home-${language}.png` });
      expect(failures).toEqual([]);
    });
  }
});
