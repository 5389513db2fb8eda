import { afterEach, describe, expect } from 'vitest';
import { demoKeys } from '../../main/simulator';
import { catalogues } from '../../shared/i18n/catalogues';
import { manualClock } from '../support/simulator-client';
import { clockSleep, dumpCache, startSyncHarness, type SyncHarness } from '../support/sync-harness';
import { faultCase } from './fault-case';

/**
 * 429 storms against the real simulator on loopback, a real core and a real SQLite file. The
 * storms last minutes of the simulator's clock, and the client's waits move that clock, so a
 * twelve-minute storm passes in seconds. The budget is the default ten minutes.
 */
const open: SyncHarness[] = [];
afterEach(async () => {
  for (const harness of open.splice(0)) await harness.close();
});

const start = '2026-07-15T14:40:00Z';

async function syncedAccount() {
  const clock = manualClock(start);
  const harness = await startSyncHarness({ clock, sleep: clockSleep(clock) });
  open.push(harness);
  const { account } = await harness.core.accounts.add(demoKeys.outdoor);
  expect((await harness.core.coordinator.sync(account.id)).outcome).toBe('success');
  clock.advance(3 * 3_600_000);
  return { ...harness, clock, accountId: account.id, before: dumpCache(harness.core) };
}

/** What the sync line says about the last run, in English, after checking every language has it. */
function stormMessage(): string {
  for (const catalogue of Object.values(catalogues)) expect(catalogue.errors['rate-limit-storm'].length).toBeGreaterThan(40);
  return catalogues.en.errors['rate-limit-storm'];
}

describe('429 storms', () => {
  faultCase("12-minute 429 storm compressed by the simulator's clock", async () => {
    const { core, simulator, clock, accountId, before } = await syncedAccount();
    simulator.setFaults({ rateLimitStormMinutes: 12, retryAfterSeconds: 30 });
    const stormStart = clock.now().getTime();
    const run = await core.coordinator.sync(accountId);
    expect(run.error?.code).toBe('rate-limit-storm');
    const status = core.coordinator.status(accountId);
    expect(status).toMatchObject({ state: 'error', code: 'rate-limit-storm' });
    const after = dumpCache(core);
    // Nothing lost: every row and catalogue entry of the last good sync is still there.
    expect(after.series.length).toBeGreaterThanOrEqual(before.series.length);
    expect(after.metrics).toEqual(before.metrics);
    expect(after.flows).toEqual(before.flows);
    const waitedMinutes = Math.round((clock.now().getTime() - stormStart) / 60_000);
    expect(waitedMinutes).toBeLessThanOrEqual(10);
    return `stopped after ${waitedMinutes} min of waiting: "${stormMessage()}"; ${after.series.length} cached rows kept`;
  });

  faultCase('7-minute 429 storm within the 10-minute budget', async () => {
    const { core, simulator, accountId, before } = await syncedAccount();
    simulator.setFaults({ rateLimitStormMinutes: 7, retryAfterSeconds: 60 });
    const run = await core.coordinator.sync(accountId);
    expect(run).toMatchObject({ outcome: 'success', error: null });
    const throttled = simulator.requests.filter((request) => request.status === 429).length;
    expect(throttled).toBeGreaterThan(5);
    expect(core.coordinator.status(accountId)).toMatchObject({ state: 'up-to-date' });
    expect(dumpCache(core).series.length).toBeGreaterThan(before.series.length);
    return `sync completed after ${throttled} answers of 429; status up to date`;
  });

  faultCase('a Retry-After longer than the whole budget (15 min)', async () => {
    const { core, simulator, accountId, before } = await syncedAccount();
    simulator.setFaults({ rateLimitStormMinutes: 15, retryAfterSeconds: 15 * 60 });
    const run = await core.coordinator.sync(accountId);
    expect(run.error?.code).toBe('rate-limit-storm');
    expect(dumpCache(core).metrics).toEqual(before.metrics);
    return `stopped at once: "${stormMessage()}"`;
  });
});
