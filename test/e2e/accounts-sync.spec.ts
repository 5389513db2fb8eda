import { catalogues } from '../../shared/i18n/catalogues';
import { expect, openApp, test } from './fixtures';

const en = catalogues.en;

test.describe('accounts and sync', () => {
  test('the demo store syncs on start and the sidebar says so', async ({ page, host }) => {
    await openApp(page, host);
    await expect(page.locator('.sync-line__text')).toContainText('Up to date', { timeout: 60_000 });
    await page.screenshot({ path: 'test-results/screens/home-synced.png' });
  });

  test('adds an account from a pasted key, trimming it, then removes it with its cache', async ({ page, host, failures }) => {
    await openApp(page, host);
    await page.getByRole('button', { name: en.nav.settings, exact: true }).click();
    await page.getByLabel(en.accounts.keyLabel).fill('  pk_demo_storepulse_charity \n');
    await page.getByRole('button', { name: en.accounts.check }).click();
    const preview = page.getByRole('region', { name: en.accounts.previewLabel });
    await expect(preview).toContainText('Demo Charity');
    await expect(preview).toContainText('Europe/London');
    await expect(preview.getByText(en.accounts.trimmedNotice)).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/add-account.png' });
    await preview.getByRole('button', { name: en.accounts.confirmAdd }).click();
    await expect(page.locator('.account-list__item')).toHaveCount(3);

    const added = page.locator('.account-list__item').first();
    await added.getByRole('button', { name: en.accounts.removeEllipsis }).click();
    await added.getByRole('button', { name: en.accounts.remove }).click();
    await expect(page.locator('.account-list__item')).toHaveCount(2);
    expect(failures).toEqual([]);
  });

  test('a wrong key gets a clear message and nothing is added', async ({ page, host }) => {
    await openApp(page, host);
    await page.getByRole('button', { name: en.nav.settings, exact: true }).click();
    await page.getByLabel(en.accounts.keyLabel).fill('pk_wrong_key_123456');
    await page.getByRole('button', { name: en.accounts.check }).click();
    await expect(page.getByRole('alert')).toContainText(en.errors['invalid-key']);
    await expect(page.locator('.account-list__item')).toHaveCount(2);
  });
});
