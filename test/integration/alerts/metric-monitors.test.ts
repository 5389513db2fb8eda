import { afterEach, describe, expect, it } from 'vitest';
import type { Alert } from '../../../shared/domain/alert';
import type { Result } from '../../../shared/domain/errors';
import type { Incident } from '../../../shared/domain/incident';
import type { MetricMonitor } from '../../../shared/domain/metric-monitor';
import { defaultScenario, demoKeys } from '../../../main/simulator';
import { manualClock } from '../../support/simulator-client';
import { startSyncHarness, type SyncHarness } from '../../support/sync-harness';

/**
 * Per-metric monitor settings through the contract, on a real cache fed by the simulator: each
 * change that can alter a verdict judges the metric again from the cache at once, without a sync.
 */
const open: SyncHarness[] = [];
afterEach(async () => {
  for (const harness of open.splice(0)) await harness.close();
});

async function shallowDrop() {
  const scenario = defaultScenario();
  const outdoor = scenario.accounts[0]!;
  outdoor.peaks = outdoor.peaks?.filter((peak) => !peak.label?.includes('spring sale'));
  // Added to Cart at a bit more than half its level for the last ten hours, still going on.
  outdoor.incidents = [{ label: 'shallow drop', metrics: ['shopify-added-to-cart'], startHoursAgo: 10, remainingFraction: 0.5 }];
  const clock = manualClock('2026-11-23T12:10:00Z');
  const harness = await startSyncHarness({ clock, scenario });
  open.push(harness);
  const { core, events } = harness;
  const { account } = await core.accounts.add(demoKeys.outdoor);
  const call = async <T>(channel: string, input?: unknown): Promise<T> => {
    const result = (await core.dispatch(channel, input)) as Result<T>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  expect((await core.coordinator.sync(account.id)).outcome).toBe('success');
  const metricId = core.alerts.list({ accountId: account.id }).find((alert) => alert.metricName === 'Added to Cart')?.metricId;
  if (!metricId) throw new Error('the shallow drop raised no alert on Added to Cart');
  const cart = async () => (await call<Alert[]>('alerts:list', { accountId: account.id })).filter((alert) => alert.metricId === metricId);
  const openCart = async () => (await cart()).filter((alert) => alert.state !== 'resolved');
  const fired = () => events.emitted.filter((e) => e.event === 'alerts:fired').length;
  return { core, call, accountId: account.id, metricId, cart, openCart, fired, events, clock };
}

describe('per-metric monitor settings', () => {
  it('a lower sensitivity re-judges the metric at once: the shallow drop no longer alerts; back to the default, it does again, announced', async () => {
    const { core, clock, call, accountId, metricId, openCart, fired } = await shallowDrop();
    expect((await openCart()).map((alert) => alert.state)).toEqual(['active']);

    const low = await call<MetricMonitor>('monitors:set', { accountId, metricId, sensitivity: 'low' });
    expect(low).toMatchObject({ sensitivity: 'low', mutedUntil: null, minHourlyVolume: null });
    expect(await openCart()).toEqual([]);
    // The next syncs carry on from the re-judged monitor: the old drop is not found again.
    clock.advance(3_600_000);
    expect((await core.coordinator.sync(accountId)).outcome).toBe('success');
    expect(await openCart()).toEqual([]);

    const announced = fired();
    await call<MetricMonitor>('monitors:set', { accountId, metricId, sensitivity: null });
    expect((await openCart()).map((alert) => alert.state)).toEqual(['active']);
    expect(fired()).toBe(announced + 1);
    // Back to every default: nothing is listed as changed.
    expect(await call<MetricMonitor[]>('monitors:list', { accountId })).toEqual([]);
  });

  it('below its minimum hourly volume the metric is watched daily: ten hours at half its level is too short a drop for that', async () => {
    const { call, accountId, metricId, openCart } = await shallowDrop();
    const daily = await call<MetricMonitor>('monitors:set', { accountId, metricId, minHourlyVolume: 10_000 });
    expect(daily).toMatchObject({ minHourlyVolume: 10_000, watchedDaily: true });
    expect(daily.hourlyLevel).toBeGreaterThan(0);
    expect(await openCart()).toEqual([]);
    expect(await call<MetricMonitor[]>('monitors:list', { accountId })).toEqual([daily]);
  });

  it('muted, a drop is recorded muted and nobody is told; unmuted during the drop, it comes back and is announced', async () => {
    const { call, accountId, metricId, openCart, fired, events } = await shallowDrop();
    await call<MetricMonitor>('monitors:set', { accountId, metricId, sensitivity: 'low' });
    const muted = await call<MetricMonitor>('monitors:set', { accountId, metricId, mute: { days: 7 } });
    expect(muted.mutedUntil).toBe('2026-11-30T12:10:00.000Z');
    const announced = fired();
    await call<MetricMonitor>('monitors:set', { accountId, metricId, sensitivity: null });
    expect((await openCart()).map((alert) => [alert.state, alert.snoozedUntil])).toEqual([['snoozed', '2026-11-30T12:10:00.000Z']]);
    expect(fired()).toBe(announced);
    // Its incident is muted with it: no banner on Home for a muted metric's drop.
    const holding = async () => (await call<Incident[]>('incidents:list', { accountId })).filter((incident) => incident.state !== 'resolved' && incident.members.some((member) => member.metricId === metricId));
    expect((await holding()).map((incident) => incident.mute)).toEqual(['snoozed']);

    const incidentsFired = () => events.emitted.filter((e) => e.event === 'incidents:fired').length;
    const incidentsBefore = incidentsFired();
    await call<MetricMonitor>('monitors:set', { accountId, metricId, mute: null });
    expect((await openCart()).map((alert) => alert.state)).toEqual(['active']);
    expect(fired()).toBe(announced + 1);
    // Its incident comes back with it, on Home and in one notification.
    expect((await holding()).map((incident) => incident.mute)).toEqual(['none']);
    expect(incidentsFired()).toBe(incidentsBefore + 1);
  });

  it('refuses, in words, an unknown metric, a mute length not offered and a volume that is not a positive number', async () => {
    const { core, accountId, metricId } = await shallowDrop();
    expect(await core.dispatch('monitors:set', { accountId, metricId: 'nope', sensitivity: 'low' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await core.dispatch('monitors:set', { accountId, metricId, mute: { days: 3 } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await core.dispatch('monitors:set', { accountId, metricId, minHourlyVolume: -1 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await core.dispatch('monitors:set', { accountId, metricId, minHourlyVolume: 1e9 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await core.dispatch('monitors:get', { accountId: 'nobody', metricId })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
