import { catalogues } from '../../shared/i18n/catalogues';
import type { StorepulseApi } from '../../shared/ipc/contract';
import { expect, openApp, test } from './fixtures';
import { step, stepHeading } from './wizard-steps';

type Bridge = { storepulse: StorepulseApi };

/**
 * Values out of bounds from the page, in web mode and in French: the bridge refuses an oversized
 * or unknown last account and a made-up wizard tick with typed codes, an oversized email typed in
 * a wizard shows the translated refusal, and the app goes on working as before.
 */
test('refused values answer in the user’s language and leave the app working', async ({ page, host, failures }) => {
  test.setTimeout(180_000);
  const fr = catalogues.fr;
  const w = fr.wizardsScreen;
  const next = () => page.getByRole('button', { name: w.next, exact: true });
  await openApp(page, host);
  await expect(page.locator('.sync-line__text')).toContainText('Up to date', { timeout: 90_000 });
  await page.evaluate(async () => (globalThis as unknown as Bridge).storepulse.settings.set({ language: 'fr', lastAccountId: 'demo-outdoor' }));

  const refusals = await page.evaluate(async () => {
    const api = (globalThis as unknown as Bridge).storepulse;
    const codeOf = (result: { ok: boolean; error?: { code: string } }) => (result.ok ? 'accepted' : result.error!.code);
    const started = await api.wizards.start({ kind: 'migration', accountId: 'demo-outdoor' });
    return {
      oversized: codeOf(await api.settings.set({ lastAccountId: 'x'.repeat(900_000) })),
      unknown: codeOf(await api.settings.set({ lastAccountId: 'acct-nobody' })),
      tick: started.ok ? codeOf(await api.wizards.update({ sessionId: started.value.session.id, tick: { key: 'made.up', done: true } })) : 'not started',
      kept: await api.settings.get().then((result) => (result.ok ? result.value.lastAccountId : null)),
    };
  });
  expect(refusals).toEqual({ oversized: 'invalid-input', unknown: 'unknown-account', tick: 'unknown-wizard-item', kept: 'demo-outdoor' });
  for (const code of ['unknown-account', 'unknown-wizard-item'] as const) expect(fr.errors[code]).not.toBe(catalogues.en.errors[code]);

  // An email longer than any the bridge takes, typed where the operator types it.
  await page.getByRole('button', { name: fr.nav.wizards, exact: true }).click();
  await page.getByRole('button', { name: w.kinds['test-order'].title, exact: true }).click();
  await page.getByRole('combobox', { name: w.fields.platform, exact: true }).selectOption('Shopify');
  await next().click();
  await next().click();
  await next().click();
  const email = page.getByRole('textbox', { name: w.fields.email, exact: true });
  const label = (letter: string) => letter.repeat(60);
  await email.fill(`${label('a')}@${label('b')}.${label('c')}.${label('d')}.${label('e')}.${label('f')}.example`);
  await page.getByRole('button', { name: w.fields.apply }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(fr.errors['invalid-input']);
  await page.screenshot({ path: 'test-results/screens/trust-input-bounds-fr.png' });

  // The wizard is where it was and takes a real address.
  await email.fill('e2e-bounds@storepulse.example');
  await page.getByRole('button', { name: w.fields.apply }).click();
  await expect(alert).toHaveCount(0);
  await next().click();
  await expect(stepHeading(page)).toHaveText(w['test-order'].steps.check);
  await expect(step(page)).toBeVisible();
  await page.getByRole('button', { name: fr.nav.home, exact: true }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
  expect(failures).toEqual([]);
});
