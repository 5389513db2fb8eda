import { catalogues } from '../../shared/i18n/catalogues';
import type { StorepulseApi } from '../../shared/ipc/contract';
import { defaultRetryPolicy } from '../../main/api/request-executor';
import { demoKeys } from '../../main/simulator';
import { noFaults } from '../../main/simulator/faults';
import { expect, openApp, storeTimeOf, test } from './fixtures';

type Bridge = { storepulse: StorepulseApi };
const en = catalogues.en;
const fr = catalogues.fr;
/** The catalogue text before its first placeholder. */
const lead = (text: string) => text.split('{{')[0]!;

/**
 * The account's API goes away (every connection to the stand-in is dropped, so attempts can be
 * counted): after one failed attempt the sidebar says offline with the cache's age, while the
 * client still retries in the background. "Sync now" always answers: in progress, offline, the
 * reason a sync failed, or done.
 *
 * On the store's time: the client's retries wait on the store's clock, and are held open while the
 * spec reads "offline", so that line is seen while the retries are still pending.
 */
test.use({ onStoreTime: true });

test.describe('offline, and what "Sync now" answers', () => {
  test('the sidebar says offline with the cache age after one failed attempt, and Sync now always answers', async ({ page, host, backend, failures }) => {
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

    // The API is gone. The client's waits between attempts are held: the run cannot end meanwhile.
    const time = storeTimeOf(backend);
    time.hold();
    backend.remote.setFaults({ dropConnections: 1_000_000 });
    const before = backend.remote.requests.length;
    await line.getByRole('button', { name: en.sync.now }).click();
    await expect(text).toContainText(lead(en.sync.offline), { timeout: 60_000 });
    // Said while the client is still retrying: after the first failed attempt of each call, not
    // after the last of its attempts.
    expect(backend.core.coordinator.isRunning(accountId)).toBe(true);
    const attempts = new Map<string, number>();
    for (const request of backend.remote.requests.slice(before)) attempts.set(request.operation ?? '', (attempts.get(request.operation ?? '') ?? 0) + 1);
    expect(Math.max(...attempts.values())).toBeLessThan(defaultRetryPolicy.maxAttempts);
    // With the cache's age, in words.
    await expect(text).toHaveText(/(\d+ (seconds?|minutes?) ago|now)$/);
    await page.screenshot({ path: 'test-results/screens/trust-offline-en.png' });

    await page.evaluate(async () => (globalThis as unknown as Bridge).storepulse.settings.set({ language: 'fr' }));
    await expect(text).toContainText(lead(fr.sync.offline));
    await page.screenshot({ path: 'test-results/screens/trust-offline-fr.png' });
    await page.evaluate(async () => (globalThis as unknown as Bridge).storepulse.settings.set({ language: 'en' }));
    await expect(text).toContainText(lead(en.sync.offline));

    // Let the offline run end, then the API answers with errors: Sync now says why it failed.
    expect(time.held()).toBeGreaterThan(0);
    time.release();
    await expect.poll(() => backend.core.coordinator.isRunning(accountId), { timeout: 120_000 }).toBe(false);
    backend.remote.setFaults({ ...noFaults, serverErrorRate: 1 });
    await line.getByRole('button', { name: en.sync.now }).click();
    await expect(line).toContainText(en.errors['server-error'], { timeout: 120_000 });
    await page.screenshot({ path: 'test-results/screens/trust-sync-failed-en.png' });

    // The API is back: Sync now ends up to date, synced just now.
    backend.remote.setFaults(noFaults);
    await line.getByRole('button', { name: en.sync.now }).click();
    await expect(text).toContainText(lead(en.sync.upToDate), { timeout: 120_000 });
    await expect(line).not.toContainText(en.errors['server-error']);
    expect(failures.filter((entry) => !entry.includes('Failed to load resource'))).toEqual([]);
  });
});
