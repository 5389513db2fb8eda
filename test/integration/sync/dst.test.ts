import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScenario, demoKeys } from '../../../main/simulator';
import { manualClock } from '../../support/simulator-client';
import { startSyncHarness, type SyncHarness } from '../../support/sync-harness';

/**
 * Buckets around daylight-saving changes, synced from the simulator into the cache: the day has
 * 23 or 25 hourly buckets, its daily bucket starts at local midnight, and the daily count is the
 * sum of that day's hours.
 */
const berlinKey = 'pk_demo_storepulse_berlin';

function scenario() {
  const base = defaultScenario();
  const charity = base.accounts[1]!;
  base.accounts.push({ ...charity, id: 'BerLin', name: 'Demo Berlin', privateKey: berlinKey, publicKey: 'SpDmBe', timezone: 'Europe/Berlin', currency: 'EUR' });
  return base;
}

const open: SyncHarness[] = [];
afterEach(async () => {
  for (const harness of open.splice(0)) await harness.close();
});

type DstCase = [key: string, zone: string, day: string, hours: number];
const seasons: [string, string, DstCase[]][] = [
  ['spring forward', '2026-04-05T12:00:00Z', [
    [demoKeys.outdoor, 'America/New_York', '2026-03-08', 23],
    [berlinKey, 'Europe/Berlin', '2026-03-29', 23],
  ]],
  ['fall back', '2026-11-05T12:00:00Z', [
    [demoKeys.outdoor, 'America/New_York', '2026-11-01', 25],
    [berlinKey, 'Europe/Berlin', '2026-10-25', 25],
  ]],
];

describe.each(seasons)('%s', (_name, now, cases) => {
  it.each(cases)('%s (%s) on %s has %i hourly buckets and a matching daily bucket', async (key, zone, day, hours) => {
    const harness = await startSyncHarness({ clock: manualClock(now), scenario: scenario() });
    open.push(harness);
    const { core } = harness;
    const { account } = await core.accounts.add(key);
    expect(account.timezone).toBe(zone);
    expect((await core.coordinator.sync(account.id)).outcome).toBe('success');

    const dayStart = DateTime.fromISO(day, { zone }).startOf('day');
    const from = dayStart.toSeconds();
    const to = dayStart.plus({ days: 1 }).toSeconds();
    expect(to - from).toBe(hours * 3600);

    let nonZero = 0;
    for (const metric of core.cache.catalogue.listMetrics(account.id)) {
      const hourly = core.cache.series.read(account.id, metric.id, 'hour', from, to);
      expect(hourly.map((row) => DateTime.fromSeconds(row.start, { zone }).toISODate())).toEqual(Array(hours).fill(day));
      const [daily] = core.cache.series.read(account.id, metric.id, 'day', from, to);
      expect(daily?.start).toBe(from);
      expect(daily?.count).toBe(hourly.reduce((sum, row) => sum + row.count, 0));
      if ((daily?.count ?? 0) > 0) nonZero += 1;
    }
    expect(nonZero).toBeGreaterThan(0);
  });
});
