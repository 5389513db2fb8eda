import { expect, openApp, test } from './fixtures';
test('dump', async ({ page, host }) => {
  await openApp(page, host);
  await expect(page.getByText(/^Added to Cart is below expected since /)).toBeVisible({ timeout: 60_000 });
  await page.waitForTimeout(3000);
  for (const li of await page.locator('li.alert-banner').all()) console.log('BANNER', (await li.innerText()).replace(/\n/g, ' | '));
});
