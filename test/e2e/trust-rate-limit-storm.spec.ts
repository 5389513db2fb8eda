import { catalogues } from '../../shared/i18n/catalogues';
import type { StorepulseApi } from '../../shared/ipc/contract';
import { demoKeys } from '../../main/simulator';
import { expect, openApp, storeTimeOf, test } from './fixtures';

type Bridge = { storepulse: StorepulseApi };
const en = catalogues.en;
/** The catalogue text before its first placeholder. */
const lead = (text: string) => text.split('{{')[0]!;

/**
 * The account's API answers nothing but 429 for a while, each saying when to come back: the
 * sidebar says the sync waits for the rate limit and when it resumes, then the sync completes.
 *
 * On the store's time: the storm's length and each Retry-After pass on the store's clock, and the
 * waits are held open while the spec reads the line, so it is read during a wait, not after.
 */
test.use({ onStoreTime: true });

test.describe('a 429 storm during a sync', () => {
  test('the sync line says when the sync resumes, then the sync completes', async ({ page, host, backend, failures }) => {
    test.setTimeout(180_000);
    await openApp(page, host);
    const added = await page.evaluate(async (key) => (globalThis as unknown as Bridge).storepulse.accounts.add({ key }), demoKeys.outdoor);
    if (!added.ok) throw new Error(added.error.message);
    const accountId = added.value.account.id;
    await expect.poll(() => backend.core.coordinator.status(accountId).state, { timeout: 120_000 }).toBe('up-to-date');
    await page.evaluate(async (id) => (globalThis as unknown as Bridge).storepulse.settings.set({ lastAccountId: id }), accountId);
    await page.reload();
    const line = page.locator('.sync-line');
    const text = page.locator('.sync-line__text');
    await expect(text).toContainText(lead(en.sync.upToDate));

    // Twenty seconds of 429s asking for four seconds each: more than the five attempts a failure gets.
    const time = storeTimeOf(backend);
    time.hold();
    backend.remote.setFaults({ rateLimitStormMinutes: 1 / 3, retryAfterSeconds: 4 });
    const before = backend.remote.requests.length;
    await line.getByRole('button', { name: en.sync.now }).click();
    await expect(text).toHaveText(new RegExp(`^${lead(en.sync.waitingRateLimit)}\\d{1,2}:\\d{2}\\s?(AM|PM)`), { timeout: 60_000 });
    await page.screenshot({ path: 'test-results/screens/trust-rate-limit-storm-en.png' });
    // The storm (twenty seconds from its first 429) goes by on the store's clock, four seconds a wait.
    const stormStarted = time.clock.now().getTime();
    time.release();

    await expect(text).toContainText(lead(en.sync.upToDate), { timeout: 120_000 });
    const throttled = backend.remote.requests.slice(before).filter((request) => request.status === 429).length;
    expect(throttled).toBeGreaterThan(0);
    expect(time.clock.now().getTime() - stormStarted).toBeGreaterThanOrEqual(20_000);
    expect(backend.core.coordinator.status(accountId)).toMatchObject({ state: 'up-to-date' });
    expect(failures).toEqual([]);
  });
});
