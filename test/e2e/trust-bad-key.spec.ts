import { catalogues } from '../../shared/i18n/catalogues';
import type { StorepulseApi } from '../../shared/ipc/contract';
import { demoKeys } from '../../main/simulator';
import { noFaults } from '../../main/simulator/faults';
import { expect, openApp, test } from './fixtures';

type Bridge = { storepulse: StorepulseApi };
const wrongKey = 'pk_this_key_does_not_exist_00000';

/**
 * "Check the key" on the Accounts screen, against the simulator standing in for the real API: a
 * key the API does not know is named "not valid" after one request, a key without a scope names
 * that scope, and nothing is added either way. Requests are counted on the stand-in, not timed.
 */
test.describe('checking a bad key', () => {
  for (const language of ['en', 'fr'] as const) {
    test(`names the cause in ${language}: key not valid, or the missing scope`, async ({ page, host, backend, failures }) => {
      test.setTimeout(120_000);
      const catalogue = catalogues[language];
      await openApp(page, host);
      await page.evaluate(async (lng) => (globalThis as unknown as Bridge).storepulse.settings.set({ language: lng }), language);
      await page.getByRole('button', { name: catalogue.nav.settings, exact: true }).click();
      const keyField = page.getByLabel(catalogue.accounts.keyLabel);
      const check = page.getByRole('button', { name: catalogue.accounts.check });
      const alert = page.getByRole('alert');

      // A key the API does not know: 401, sent once, and the notice says the key is not valid.
      const before = backend.remote.requests.length;
      await keyField.fill(wrongKey);
      await check.click();
      await expect(alert).toContainText(catalogue.errors['invalid-key']);
      await expect(alert).not.toContainText(catalogue.errors.title);
      await expect(alert).toContainText(catalogue.accounts.keyCheck.invalidKeyTitle);
      expect(backend.remote.requests.slice(before).map((request) => request.status)).toEqual([401]);
      await page.screenshot({ path: `test-results/screens/trust-bad-key-invalid-${language}.png` });

      // A real key the API refuses metrics to: 403 on the metrics read, and the notice names the scope.
      backend.remote.setFaults({ missingScopes: ['metrics:read'] });
      try {
        const start = backend.remote.requests.length;
        await keyField.fill(demoKeys.outdoor);
        await check.click();
        const title = catalogue.accounts.keyCheck.missingScopeTitle.replace('{{scope}}', 'metrics:read');
        await expect(alert).toContainText(title);
        await expect(page.getByRole('region', { name: catalogue.accounts.previewLabel })).toHaveCount(0);
        const refused = backend.remote.requests.slice(start).filter((request) => request.status === 403);
        expect(refused.map((request) => request.operation)).toEqual(['getMetrics']);
        await page.screenshot({ path: `test-results/screens/trust-bad-key-scope-${language}.png` });
      } finally {
        backend.remote.setFaults(noFaults);
      }
      await expect(page.locator('.account-list__item')).toHaveCount(2);
      expect(failures.filter((line) => !line.includes('Failed to load resource'))).toEqual([]);
    });
  }
});
