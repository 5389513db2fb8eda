import { afterEach, describe, expect, it } from 'vitest';
import { demoKeys } from '../../../main/simulator';
import { manualClock } from '../../support/simulator-client';
import { clockSleep, dumpCache, startSyncHarness, type SyncHarness } from '../../support/sync-harness';

/**
 * A 429 storm against the real simulator on loopback. The storm lasts minutes of the simulator's
 * clock; the client's waits move that same clock, so twelve minutes pass in a moment.
 */
const open: SyncHarness[] = [];
afterEach(async () => {
  for (const harness of open.splice(0)) await harness.close();
});
async function harness(...args: Parameters<typeof startSyncHarness>) {
  const started = await startSyncHarness(...args);
  open.push(started);
  return started;
}

const start = '2026-07-15T14:40:00Z';

describe('a 429 storm during a sync', () => {
  it('is waited out when it outlasts five attempts but not the budget: every row arrives', async () => {
    const reference = await harness({ clock: manualClock(start) });
    const { account: referenceAccount } = await reference.core.accounts.add(demoKeys.outdoor);
    expect((await reference.core.coordinator.sync(referenceAccount.id)).outcome).toBe('success');

    const clock = manualClock(start);
    const stormy = await harness({ clock, sleep: clockSleep(clock), rateLimitBudgetMinutes: 10 });
    const { account } = await stormy.core.accounts.add(demoKeys.outdoor);
    // Seven minutes of 429s, each asking for a minute: seven waits, more than the five attempts.
    stormy.simulator.setFaults({ rateLimitStormMinutes: 7, retryAfterSeconds: 60 });
    const result = await stormy.core.coordinator.sync(account.id);
    expect(result).toMatchObject({ outcome: 'success', error: null });
    const throttled = stormy.simulator.requests.filter((request) => request.status === 429).length;
    expect(throttled).toBeGreaterThan(5);
    expect(dumpCache(stormy.core)).toEqual(dumpCache(reference.core));
    expect(stormy.core.coordinator.status(account.id)).toMatchObject({ state: 'up-to-date' });
    // The window was told while it waited, and when the sync would resume: a minute after the 429.
    const waits = stormy.events.emitted
      .filter((event) => event.event === 'accounts:status')
      .map((event) => (event.payload as { waitingUntil?: string }).waitingUntil)
      .filter((until): until is string => until !== undefined);
    expect(waits[0]).toBe(new Date(Date.parse(start) + 60_000).toISOString());
    expect(new Set(waits).size).toBeGreaterThan(5);
  });

  it('stops with rate-limit-storm once the budget is spent, keeping what was synced', async () => {
    const clock = manualClock(start);
    const stormy = await harness({ clock, sleep: clockSleep(clock), rateLimitBudgetMinutes: 10 });
    const { account } = await stormy.core.accounts.add(demoKeys.outdoor);
    const first = await stormy.core.coordinator.sync(account.id);
    expect(first.outcome).toBe('success');
    const before = dumpCache(stormy.core);

    clock.advance(2 * 3_600_000);
    stormy.simulator.setFaults({ rateLimitStormMinutes: 12, retryAfterSeconds: 60 });
    const stopped = await stormy.core.coordinator.sync(account.id);
    expect(stopped.outcome).toBe('failed');
    expect(stopped.error?.code).toBe('rate-limit-storm');
    // It gave up on the budget, not on the storm's end: about ten minutes of waiting, not twelve.
    expect(clock.now().getTime() - Date.parse(start) - 2 * 3_600_000).toBeLessThanOrEqual(11 * 60_000);
    expect(stormy.core.coordinator.status(account.id)).toMatchObject({ state: 'error', code: 'rate-limit-storm' });
    const after = dumpCache(stormy.core);
    expect(after.series.length).toBeGreaterThanOrEqual(before.series.length);
    expect(after.metrics).toEqual(before.metrics);
  });
});
