import { describe, expect, it } from 'vitest';
import {
  allowedIntervals,
  bucketStarts,
  dateInputValue,
  defaultInterval,
  hourlyBeyondCache,
  previousWindow,
  rangeWindow,
  type TimeWindow,
} from '../../../../renderer/features/metrics/chart-range';

const ny = 'America/New_York';
/** Friday 20 November 2026, 14:25 in New York (19:25 UTC). */
const now = Date.parse('2026-11-20T19:25:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

function window(range: Parameters<typeof rangeWindow>[0], interval: 'hour' | 'day', custom?: { fromDate: string; toDate: string }): TimeWindow {
  const result = rangeWindow(range, interval, now, ny, custom);
  if (!result.ok) throw new Error(result.reason);
  return result.window;
}

describe('rangeWindow', () => {
  it('ends with the hour under way for hourly ranges', () => {
    const w = window('24h', 'hour');
    expect([iso(w.from), iso(w.to)]).toEqual(['2026-11-19T20:00:00.000Z', '2026-11-20T20:00:00.000Z']);
    expect(bucketStarts(w, 'hour', ny)).toHaveLength(24);
  });

  it('ends with the account’s current day for daily ranges, days starting at its midnight', () => {
    const w = window('7d', 'day');
    expect([iso(w.from), iso(w.to)]).toEqual(['2026-11-14T05:00:00.000Z', '2026-11-21T05:00:00.000Z']);
    expect(bucketStarts(w, 'day', ny)).toHaveLength(7);
  });

  it('counts a day across the DST change as one bucket of 25 hours', () => {
    const w = window('30d', 'day');
    const starts = bucketStarts(w, 'day', ny);
    expect(starts).toHaveLength(30);
    // 1 November 2026: clocks go back in New York; midnight is 04:00 UTC before, 05:00 UTC after.
    expect(starts.map(iso)).toContain('2026-11-01T04:00:00.000Z');
    expect(starts.map(iso)).toContain('2026-11-02T05:00:00.000Z');
  });

  it('has 168 hours in a week and 365 days in a year (2026 is not a leap year)', () => {
    expect(bucketStarts(window('7d', 'hour'), 'hour', ny)).toHaveLength(168);
    expect(bucketStarts(window('1y', 'day'), 'day', ny)).toHaveLength(365);
  });

  it('steps hours in absolute time: 25 on the day clocks go back, on the half hour in India', () => {
    const fallBack = window('custom', 'hour', { fromDate: '2026-11-01', toDate: '2026-11-01' });
    const hours = bucketStarts(fallBack, 'hour', ny);
    expect(hours).toHaveLength(25);
    expect(hours.every((t, i) => i === 0 || t - hours[i - 1]! === 3_600_000)).toBe(true);
    const kolkata = bucketStarts({ from: Date.parse('2026-11-20T00:00:00Z'), to: Date.parse('2026-11-20T03:00:00Z') }, 'hour', 'Asia/Kolkata');
    expect(kolkata.map(iso)).toEqual(['2026-11-20T00:30:00.000Z', '2026-11-20T01:30:00.000Z', '2026-11-20T02:30:00.000Z']);
  });

  it('ends a daily range at the next midnight in a zone whose clocks jump at midnight', () => {
    // 6 September 2026 in Santiago starts at 01:00 (-03); the next day starts at midnight again.
    const santiago = 'America/Santiago';
    const result = rangeWindow('7d', 'day', Date.parse('2026-09-06T15:00:00Z'), santiago);
    if (!result.ok) throw new Error(result.reason);
    expect(iso(result.window.to)).toBe('2026-09-07T03:00:00.000Z');
    expect(bucketStarts(result.window, 'day', santiago).map(iso)).toEqual([
      '2026-08-31T04:00:00.000Z',
      '2026-09-01T04:00:00.000Z',
      '2026-09-02T04:00:00.000Z',
      '2026-09-03T04:00:00.000Z',
      '2026-09-04T04:00:00.000Z',
      '2026-09-05T04:00:00.000Z',
      '2026-09-06T04:00:00.000Z',
    ]);
    const custom = rangeWindow('custom', 'day', 0, santiago, { fromDate: '2026-09-06', toDate: '2026-09-06' });
    if (!custom.ok) throw new Error(custom.reason);
    expect([iso(custom.window.from), iso(custom.window.to)]).toEqual(['2026-09-06T04:00:00.000Z', '2026-09-07T03:00:00.000Z']);
  });

  it('takes both custom days whole, in the account’s timezone', () => {
    const w = window('custom', 'day', { fromDate: '2026-10-01', toDate: '2026-10-31' });
    expect([iso(w.from), iso(w.to)]).toEqual(['2026-10-01T04:00:00.000Z', '2026-11-01T04:00:00.000Z']);
    expect(bucketStarts(w, 'day', ny)).toHaveLength(31);
    expect(bucketStarts(window('custom', 'hour', { fromDate: '2026-11-20', toDate: '2026-11-20' }), 'hour', ny)).toHaveLength(24);
  });

  it('refuses custom dates that are missing, reversed or longer than the cache', () => {
    expect(rangeWindow('custom', 'day', now, ny)).toEqual({ ok: false, reason: 'invalid-date' });
    expect(rangeWindow('custom', 'day', now, ny, { fromDate: '', toDate: '2026-10-01' })).toEqual({ ok: false, reason: 'invalid-date' });
    expect(rangeWindow('custom', 'day', now, ny, { fromDate: '2026-10-02', toDate: '2026-10-01' })).toEqual({ ok: false, reason: 'end-before-start' });
    expect(rangeWindow('custom', 'day', now, ny, { fromDate: '2020-01-01', toDate: '2026-10-01' })).toEqual({ ok: false, reason: 'too-long' });
  });
});

describe('previousWindow', () => {
  it('is the same length, ending where the window starts', () => {
    const result = rangeWindow('7d', 'hour', now, ny);
    if (!result.ok) throw new Error('no window');
    const previous = previousWindow(result.window, result.length, ny);
    expect(previous.to).toBe(result.window.from);
    expect(bucketStarts(previous, 'hour', ny)).toHaveLength(168);
  });

  it('for a custom range, is as many whole days just before', () => {
    const result = rangeWindow('custom', 'day', now, ny, { fromDate: '2026-11-01', toDate: '2026-11-10' });
    if (!result.ok) throw new Error('no window');
    const previous = previousWindow(result.window, result.length, ny);
    expect(iso(previous.from)).toBe('2026-10-22T04:00:00.000Z');
    expect(bucketStarts(previous, 'day', ny)).toHaveLength(10);
  });
});

describe('intervals', () => {
  it('defaults to hours up to a week and to days beyond', () => {
    expect(['24h', '7d', '30d', '90d', '1y'].map((r) => defaultInterval(r as '24h'))).toEqual(['hour', 'hour', 'day', 'day', 'day']);
    expect(defaultInterval('custom', { fromDate: '2026-11-14', toDate: '2026-11-20' }, ny)).toBe('hour');
    expect(defaultInterval('custom', { fromDate: '2026-11-01', toDate: '2026-11-20' }, ny)).toBe('day');
  });

  it('offers daily buckets except for 24 hours, and hourly ones up to a year', () => {
    expect(allowedIntervals('24h', window('24h', 'hour'))).toEqual(['hour']);
    expect(allowedIntervals('1y', window('1y', 'day'))).toEqual(['hour', 'day']);
    expect(allowedIntervals('custom', window('custom', 'day', { fromDate: '2024-01-01', toDate: '2026-01-01' }))).toEqual(['day']);
  });

  it('warns when hours are asked for beyond the 35 days the sync fetches', () => {
    expect(hourlyBeyondCache(window('30d', 'hour'), 'hour', now)).toBe(false);
    expect(hourlyBeyondCache(window('90d', 'hour'), 'hour', now)).toBe(true);
    expect(hourlyBeyondCache(window('90d', 'day'), 'day', now)).toBe(false);
  });
});

describe('dateInputValue', () => {
  it('gives the account’s calendar day, not the computer’s', () => {
    // 03:00 UTC on the 21st is still the 20th in New York.
    expect(dateInputValue(Date.parse('2026-11-21T03:00:00Z'), ny)).toBe('2026-11-20');
    expect(dateInputValue(Date.parse('2026-11-21T03:00:00Z'), 'Asia/Tokyo')).toBe('2026-11-21');
  });
});
