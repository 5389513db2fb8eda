import { afterEach, describe, expect, it } from 'vitest';
import { demoKeys } from '../../../main/simulator';
import { manualClock } from '../../support/simulator-client';
import { dumpCache, startSyncHarness, type SyncHarness } from '../../support/sync-harness';

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

describe('sync engine against the demo store', () => {
  it('backfills the account, then asks only for what is new and rewrites only changed rows', async () => {
    const clock = manualClock(start);
    const { core } = await harness({ clock });
    const { account, keyWasTrimmed } = await core.accounts.add(`  ${demoKeys.outdoor}\n`);
    expect(keyWasTrimmed).toBe(true);
    expect(account).toMatchObject({ name: 'Demo Outdoor Co.', timezone: 'America/New_York', kind: 'real' });

    const first = await core.coordinator.sync(account.id);
    expect(first).toMatchObject({ outcome: 'success', error: null });
    const metrics = first.metrics;
    expect(metrics).toBe(16);
    // 35 days hourly in 7-day requests (5) + 400 days daily (1), per metric; catalogue once.
    expect(first.requestsByOperation).toMatchObject({ queryMetricAggregates: metrics * 6, getMetrics: 1, getFlows: 1 });
    expect(core.cache.series.count(account.id)).toBe(metrics * (35 * 24 + 400));

    // Half an hour later one more hour is complete: one hourly and one daily request per metric,
    // no catalogue (refreshed hourly), and the only rows written are that new hour's.
    clock.advance(30 * 60_000);
    const second = await core.coordinator.sync(account.id);
    expect(second.outcome).toBe('success');
    expect(second.requestsByOperation).toEqual({ queryMetricAggregates: 2 * metrics });
    expect(second.rowsWritten).toBe(metrics);

    const third = await core.coordinator.sync(account.id);
    expect(third.rowsWritten).toBe(0);

    // An hour after the first run the catalogue is due again.
    clock.advance(31 * 60_000);
    const fourth = await core.coordinator.sync(account.id);
    expect(fourth.requestsByOperation).toMatchObject({ getMetrics: 1, getFlows: 1, getFlowsTriggeredByMetric: metrics });
    expect(core.coordinator.status(account.id)).toMatchObject({ state: 'up-to-date' });
  });

  it('ends with the same cache, row for row, through 5% server errors, a 429 storm and dropped connections', async () => {
    const reference = await harness({ clock: manualClock(start) });
    const faulty = await harness({ clock: manualClock(start) });
    for (const { core, simulator } of [reference, faulty]) {
      const { account } = await core.accounts.add(demoKeys.outdoor);
      if (simulator === faulty.simulator) simulator.setFaults({ serverErrorRate: 0.05, rateLimitStorm: 4, dropConnections: 2 });
      expect((await core.coordinator.sync(account.id)).outcome).toBe('success');
    }
    const statuses = faulty.simulator.requests.map((request) => request.status);
    expect(statuses.filter((status) => status >= 500).length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status === 429).length).toBe(4);
    expect(statuses.filter((status) => status === 0).length).toBe(2);
    expect(dumpCache(faulty.core)).toEqual(dumpCache(reference.core));
  });

  it('updates counts revised within the late-data window instead of duplicating them', async () => {
    const { defaultScenario } = await import('../../../main/simulator');
    const scenario = defaultScenario();
    scenario.accounts[0]!.lateArrival = { hours: 12, delayedShare: 0.6 };
    const clock = manualClock(start);
    const { core } = await harness({ clock, scenario });
    const { account } = await core.accounts.add(demoKeys.outdoor);
    await core.coordinator.sync(account.id);
    const viewedProduct = core.cache.catalogue.listMetrics(account.id).find((m) => m.name === 'Active on Site')!;
    const hourStart = Math.floor(Date.parse(start) / 3_600_000) * 3600 - 3 * 3600;
    const before = core.cache.series.read(account.id, viewedProduct.id, 'hour', hourStart, hourStart + 1)[0]!;

    clock.advance(13 * 3_600_000);
    const later = await core.coordinator.sync(account.id);
    expect(later.outcome).toBe('success');
    const after = core.cache.series.read(account.id, viewedProduct.id, 'hour', hourStart, hourStart + 1);
    expect(after).toHaveLength(1);
    expect(after[0]!.count).toBeGreaterThan(before.count);

    // Once outside the window the cache equals what a fresh sync sees now.
    const fresh = await harness({ clock, scenario });
    const { account: freshAccount } = await fresh.core.accounts.add(demoKeys.outdoor);
    await fresh.core.coordinator.sync(freshAccount.id);
    const window = [hourStart - 24 * 3600, hourStart + 3600] as const;
    expect(core.cache.series.read(account.id, viewedProduct.id, 'hour', ...window)).toEqual(
      fresh.core.cache.series.read(freshAccount.id, viewedProduct.id, 'hour', ...window),
    );
    const duplicates = core.db
      .prepare('SELECT COUNT(*) AS n FROM (SELECT 1 FROM series GROUP BY account_id, metric_id, interval, bucket_start HAVING COUNT(*) > 1)')
      .get() as { n: number };
    expect(duplicates.n).toBe(0);
  });

  it('answers every read channel from the cache when the account is offline, and says so', async () => {
    const clock = manualClock(start);
    const { core, simulator } = await harness({ clock });
    const { account } = await core.accounts.add(demoKeys.outdoor);
    await core.coordinator.sync(account.id);
    await simulator.close();
    clock.advance(20 * 60_000);

    const failed = await core.coordinator.sync(account.id);
    expect(failed.error?.code).toBe('unreachable');
    expect(core.coordinator.status(account.id)).toMatchObject({ state: 'offline', cacheAgeSeconds: 20 * 60 });

    const metrics = await core.dispatch('metrics:list', { accountId: account.id });
    expect(metrics).toMatchObject({ ok: true });
    const list = (metrics as { ok: true; value: { id: string; name: string }[] }).value;
    expect(list).toHaveLength(16);
    const placedOrder = list.find((m) => m.name === 'Placed Order')!;
    const series = await core.dispatch('metrics:series', {
      accountId: account.id,
      metricId: placedOrder.id,
      interval: 'day',
      from: '2025-01-01T00:00:00Z',
      to: '2026-08-01T00:00:00Z',
    });
    expect(series.ok && (series.value as unknown[]).length).toBe(400);
    expect(await core.dispatch('flows:list', { accountId: account.id })).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ name: 'Browse Abandonment' })]) });
    expect(await core.dispatch('accounts:status', undefined)).toMatchObject({
      ok: true,
      value: expect.arrayContaining([expect.objectContaining({ accountId: account.id, state: 'offline' })]),
    });
  });

  it('stops on an invalid key with a clear status and no retry loop, while other accounts keep syncing', async () => {
    const clock = manualClock(start);
    const { core, simulator } = await harness({ clock });
    const { account: outdoor } = await core.accounts.add(demoKeys.outdoor);
    const { account: charity } = await core.accounts.add(demoKeys.charity);
    simulator.setFaults({ revokedKeys: [demoKeys.outdoor] });
    const requestsBefore = simulator.requests.length;

    await Promise.all([core.scheduler.runNow(outdoor.id), core.scheduler.runNow(charity.id)]);

    expect(core.coordinator.status(outdoor.id)).toMatchObject({ state: 'needs-attention', reason: 'invalid-key' });
    expect(core.cache.state.account(outdoor.id).nextRetryAt).toBeNull();
    const outdoorRequests = simulator.requests.slice(requestsBefore).filter((r) => r.headers['authorization']?.includes(demoKeys.outdoor.slice(0, 6)) && r.status === 401);
    expect(outdoorRequests.length).toBeLessThanOrEqual(2);
    expect(core.coordinator.status(charity.id)).toMatchObject({ state: 'up-to-date' });
    expect(core.cache.series.count(charity.id)).toBeGreaterThan(0);
    core.scheduler.stop();
  });

  it('names the missing scope', async () => {
    const clock = manualClock(start);
    const { core, simulator } = await harness({ clock });
    const { account } = await core.accounts.add(demoKeys.outdoor);
    simulator.setFaults({ missingScopes: ['flows:read'] });
    await core.coordinator.sync(account.id);
    expect(core.coordinator.status(account.id)).toMatchObject({ state: 'needs-attention', reason: 'missing-scope', scope: 'flows:read' });
  });

  it('refuses a wrong key when adding an account, saving nothing', async () => {
    const { core } = await harness({ clock: manualClock(start) });
    await expect(core.accounts.add('pk_not_a_real_key_000')).rejects.toMatchObject({ code: 'invalid-key' });
    expect(core.accounts.list().filter((a) => a.kind === 'real')).toEqual([]);
  });

  it('removing an account deletes its cache and its key', async () => {
    const { core } = await harness({ clock: manualClock(start) });
    const { account } = await core.accounts.add(demoKeys.outdoor);
    await core.coordinator.sync(account.id);
    expect(await core.dispatch('accounts:remove', { accountId: account.id })).toEqual({ ok: true, value: { removed: true } });
    expect(core.cache.series.count(account.id)).toBe(0);
    expect(core.accounts.get(account.id)).toBeUndefined();
  });
});
