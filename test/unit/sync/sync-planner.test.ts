import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { bucketStarts } from '../../../shared/domain/account-time';
import { defaultSyncPolicy, planSync, watermarkKey, type PlannerInput } from '../../../main/sync/sync-planner';

const at = (iso: string) => DateTime.fromISO(iso, { setZone: true }).toSeconds();
const iso = (seconds: number, zone: string) => DateTime.fromSeconds(seconds, { zone }).toISO({ suppressMilliseconds: true });

const base: PlannerInput = {
  timezone: 'America/New_York',
  metricIds: ['M1'],
  watermarks: new Map(),
  catalogueRefreshedAt: null,
  unknownMetricSeen: false,
  now: at('2026-07-15T10:25:00-04:00'),
  policy: defaultSyncPolicy,
};

describe('sync planner', () => {
  it('backfills 35 days hourly in 7-day requests and 400 days daily in one, up to the last complete bucket', () => {
    const plan = planSync(base);
    expect(plan.refreshCatalogue).toBe(true);
    const hourly = plan.aggregates.filter((r) => r.interval === 'hour');
    const daily = plan.aggregates.filter((r) => r.interval === 'day');
    expect(hourly).toHaveLength(5);
    expect(iso(hourly[0]!.start, base.timezone)).toBe('2026-06-10T10:00:00-04:00');
    expect(iso(hourly.at(-1)!.end, base.timezone)).toBe('2026-07-15T10:00:00-04:00');
    hourly.slice(1).forEach((r, i) => expect(r.start).toBe(hourly[i]!.end));
    expect(daily).toEqual([
      expect.objectContaining({ kind: 'backfill', start: at('2025-06-10T00:00:00-04:00'), end: at('2026-07-15T00:00:00-04:00') }),
    ]);
  });

  it('asks incrementally for one request per interval, from the watermark minus the late-data window', () => {
    const watermarks = new Map([
      [watermarkKey('M1', 'hour'), at('2026-07-15T09:00:00-04:00')],
      [watermarkKey('M1', 'day'), at('2026-07-15T00:00:00-04:00')],
    ]);
    const plan = planSync({ ...base, watermarks, catalogueRefreshedAt: base.now - 600 });
    expect(plan.refreshCatalogue).toBe(false);
    expect(plan.aggregates.map((r) => [r.interval, r.kind, iso(r.start, base.timezone), iso(r.end, base.timezone)])).toEqual([
      ['hour', 'incremental', '2026-07-13T09:00:00-04:00', '2026-07-15T10:00:00-04:00'],
      ['day', 'incremental', '2026-07-12T00:00:00-04:00', '2026-07-15T00:00:00-04:00'],
    ]);
  });

  it('refreshes the catalogue hourly, or at once when an unknown metric appears', () => {
    expect(planSync({ ...base, catalogueRefreshedAt: base.now - 59 * 60 }).refreshCatalogue).toBe(false);
    expect(planSync({ ...base, catalogueRefreshedAt: base.now - 60 * 60 }).refreshCatalogue).toBe(true);
    expect(planSync({ ...base, catalogueRefreshedAt: base.now - 60, unknownMetricSeen: true }).refreshCatalogue).toBe(true);
  });

  it('is the same plan for the same input', () => {
    expect(planSync(base)).toEqual(planSync(base));
  });
});

describe('buckets in the account timezone', () => {
  it.each([
    ['America/New_York', '2026-03-08', 23],
    ['America/New_York', '2026-11-01', 25],
    ['Europe/Berlin', '2026-03-29', 23],
    ['Europe/Berlin', '2026-10-25', 25],
    ['Europe/Berlin', '2026-07-01', 24],
  ])('%s on %s has %i hourly buckets', (zone, day, hours) => {
    const start = DateTime.fromISO(day, { zone }).startOf('day');
    const end = start.plus({ days: 1 });
    expect(bucketStarts(start.toSeconds(), end.toSeconds(), 'hour', zone)).toHaveLength(hours);
  });

  it('starts hours at :30 UTC in a half-hour zone', () => {
    const [first] = bucketStarts(at('2026-07-01T00:00:00Z'), at('2026-07-01T03:00:00Z'), 'hour', 'Asia/Kolkata');
    expect(new Date(first! * 1000).toISOString()).toBe('2026-07-01T00:30:00.000Z');
  });

  it('plans a daily range around a DST change on local midnights', () => {
    const plan = planSync({ ...base, timezone: 'Europe/Berlin', now: at('2026-03-30T12:00:00+02:00') });
    const daily = plan.aggregates.find((r) => r.interval === 'day')!;
    expect(iso(daily.end, 'Europe/Berlin')).toBe('2026-03-30T00:00:00+02:00');
    const days = bucketStarts(daily.end - 3 * 86400, daily.end, 'day', 'Europe/Berlin');
    expect(iso(days.at(-1)!, 'Europe/Berlin')).toBe('2026-03-29T00:00:00+01:00');
    expect(daily.end - days.at(-1)!).toBe(23 * 3600);
  });
});
