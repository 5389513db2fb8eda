import AxeBuilder from '@axe-core/playwright';
import { routes } from '../../shared/domain/navigation';
import { catalogues } from '../../shared/i18n/catalogues';
import { expect, openApp, test } from './fixtures';

const en = catalogues.en;
const fr = catalogues.fr;

test.describe('app shell', () => {
  test('opens on Home with the demo accounts in the switcher', async ({ page, host, failures }) => {
    await openApp(page, host);
    await expect(page.getByRole('heading', { level: 1, name: en.home.title })).toBeVisible();
    const switcher = page.getByLabel(en.accounts.switcherLabel);
    await expect(switcher.locator('option')).toHaveText(['Demo Outdoor Co. (demo)', 'Demo Charity (demo)']);
    expect(failures).toEqual([]);
  });

  test('navigates every tab, each with its heading, and saves screenshots', async ({ page, host, failures }) => {
    await openApp(page, host);
    for (const route of routes) {
      await page.getByRole('button', { name: en.nav[route], exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.nav[route]);
      await expect(page.getByRole('button', { name: en.nav[route], exact: true })).toHaveAttribute('aria-current', 'page');
      // Screens with content of their own are checked by their own specs.
      await page.screenshot({ path: `test-results/screens/shell-${route}.png` });
    }
    expect(failures).toEqual([]);
  });

  test('a screen whose code fails to load says so, leaves the rest usable, and loads on "Try again"', async ({ page, host }) => {
    await openApp(page, host);
    // The Metrics screen's code, fetched when first opened, does not arrive.
    await page.route('**/assets/metrics-screen-*.js', (route) => route.abort());
    await page.getByRole('button', { name: en.nav.metrics, exact: true }).click();
    await expect(page.getByRole('alert')).toContainText(en.errors.screenFailed);
    await page.getByRole('button', { name: en.nav.flows, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.nav.flows);

    await page.unroute('**/assets/metrics-screen-*.js');
    await page.getByRole('button', { name: en.nav.metrics, exact: true }).click();
    await page.getByRole('alert').getByRole('button', { name: en.errors.retry }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.nav.metrics);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('is usable from the keyboard alone', async ({ page, host }) => {
    await openApp(page, host);
    await page.getByRole('button', { name: en.nav.metrics, exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.nav.metrics);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.nav.flows);
  });

  test('has no serious or critical accessibility violation on any screen', async ({ page, host }) => {
    await openApp(page, host);
    for (const route of routes) {
      await page.getByRole('button', { name: en.nav[route], exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.nav[route]);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(blocking.map((v) => `${route}: ${v.id} ${v.help}`)).toEqual([]);
    }
  });

  test('switches to French, remembers it after a reload, and back to English', async ({ page, host, failures }) => {
    await openApp(page, host);
    await page.getByRole('button', { name: en.nav.settings, exact: true }).click();
    await page.getByLabel(en.settings.language).selectOption('fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.settings.title);
    await expect(page.getByText(fr.settings.saved)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.reload();
    for (const route of routes) {
      await page.getByRole('button', { name: fr.nav[route], exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.nav[route]);
    }
    // The sensitivity states its false-alarm budget, in French with its decimal comma.
    await expect(page.getByTestId('sensitivity-budget')).toContainText('environ 0,1 fausse alerte par mois : une tous les 10 mois.');
    await page.screenshot({ path: 'test-results/screens/settings-fr.png' });
    await page.getByLabel(fr.settings.language).selectOption('en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.settings.title);
    expect(failures).toEqual([]);
  });

  test('the bridge answers bad input and unknown channels with typed errors', async ({ page, host }) => {
    await openApp(page, host);
    const badInput = await page.evaluate(() =>
      // @ts-expect-error deliberately outside the contract
      window.storepulse!.settings.set({ theme: 'neon' }),
    );
    expect(badInput).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const unknown = await page.evaluate(async (token) => {
      const response = await fetch('/__host/call/accounts:purge', {
        method: 'POST',
        headers: { 'x-storepulse-token': token },
        body: '{}',
      });
      return response.json();
    }, host.token);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    // The app is still alive after both.
    await page.getByRole('button', { name: en.nav.flows, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.nav.flows);
  });
});
