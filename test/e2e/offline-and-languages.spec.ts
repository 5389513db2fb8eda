import AxeBuilder from '@axe-core/playwright';
import { routes } from '../../shared/domain/navigation';
import type { Language } from '../../shared/domain/settings';
import { catalogues } from '../../shared/i18n/catalogues';
import type { StorepulseApi } from '../../shared/ipc/contract';
import { demoKeys } from '../../main/simulator';
import { expect, openApp, test } from './fixtures';

const en = catalogues.en;
type Bridge = { storepulse: StorepulseApi };
const namespaces = Object.keys(en).join('|');
/** What i18next prints for a key it cannot find: the key itself, e.g. "homeScreen.loading". */
const untranslatedKey = new RegExp(`\\b(${namespaces})\\.[A-Za-z][\\w.-]*`);

// On the store's time: the stand-in's sync is not paced by the client's per-minute limits, and the
// retries of the offline sync wait on the store's clock.
test.use({ onStoreTime: true });

test.describe('offline, and every screen in every language', () => {
  test('with the account API gone, the offline line appears and every screen still shows the cache', async ({ page, host, backend, failures }) => {
    test.setTimeout(180_000);
    await openApp(page, host);
    // A non-demo account on the stand-in for the real API, synced once, then selected.
    const added = await page.evaluate(async (key) => (globalThis as unknown as Bridge).storepulse.accounts.add({ key }), demoKeys.outdoor);
    if (!added.ok) throw new Error(added.error.message);
    const accountId = added.value.account.id;
    await expect.poll(() => backend.core.coordinator.status(accountId).state, { timeout: 120_000 }).toBe('up-to-date');
    await page.evaluate(async (id) => (globalThis as unknown as Bridge).storepulse.settings.set({ lastAccountId: id }), accountId);
    // Added behind the page's back: a reload lists it, and the switcher shows it selected.
    await page.reload();
    await expect(page.getByLabel(en.accounts.switcherLabel)).toHaveValue(accountId);
    await expect(page.locator('.sync-line__text')).toContainText(en.sync.upToDate.split('{{')[0]!);

    await backend.remote.close();
    await page.locator('.sync-line').getByRole('button', { name: en.sync.now }).click();
    await expect(page.locator('.sync-line__text')).toContainText(en.sync.offline.split('{{')[0]!, { timeout: 120_000 });

    // Every screen answers from the cache.
    await page.getByRole('button', { name: en.nav.home, exact: true }).click();
    await expect(page.getByText(/^Added to Cart is below expected since /)).toBeVisible();
    await page.getByRole('button', { name: en.nav.metrics, exact: true }).click();
    await page.getByRole('button', { name: /^Added to Cart\s*Shopify/ }).click();
    await expect(page.getByTestId('metric-chart').locator('.time-series-chart__count path.recharts-curve').first()).toBeVisible();
    await page.getByRole('button', { name: en.nav.flows, exact: true }).click();
    await expect(page.getByRole('row', { name: /Browse Abandonment/ })).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/offline.png' });
    expect(failures.filter((line) => !line.includes('Failed to load resource'))).toEqual([]);
  });

  for (const language of ['fr', 'de', 'pt'] as const satisfies readonly Language[]) {
    test(`every tab in ${language}: translated headings, no untranslated key, no accessibility violation`, async ({ page, host }) => {
      test.setTimeout(180_000);
      const catalogue = catalogues[language];
      await openApp(page, host);
      // The demo account (the offline test may have left another one selected), in this language.
      await page.evaluate(
        async (lng) => (globalThis as unknown as Bridge).storepulse.settings.set({ language: lng, lastAccountId: 'demo-outdoor' }),
        language,
      );
      await expect(page.locator('.sync-line__text')).toContainText(catalogue.sync.upToDate.split('{{')[0]!, { timeout: 120_000 });
      for (const route of routes) {
        await page.getByRole('button', { name: catalogue.nav[route], exact: true }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(catalogue.nav[route]);
        const text = await page.locator('body').innerText();
        expect(text.match(untranslatedKey)?.[0] ?? null, `untranslated key on ${route}`).toBeNull();
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${route}: ${v.id}`)).toEqual([]);
      }
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await page.getByRole('button', { name: catalogue.nav.home, exact: true }).click();
      await page.screenshot({ path: `test-results/screens/home-${language}.png` });
    });
  }
});
