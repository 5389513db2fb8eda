import { DateTime, type DurationLike } from 'luxon';
import type { Interval } from '../../../shared/domain/metric';

export const rangeKeys = ['24h', '7d', '30d', '90d', '1y', 'custom'] as const;
export type RangeKey = (typeof rangeKeys)[number];

/** Hourly counts are fetched for this many days back; older hours exist only if the app was running then. */
export const HOURLY_CACHE_DAYS = 35;

/** Longest span drawn hourly: past a year the table would hold tens of thousands of rows. */
const MAX_HOURLY_DAYS = 366;

/** Longest custom range: the five years the cache keeps. */
export const MAX_CUSTOM_DAYS = 5 * 365;

/** A half-open window [from, to) in epoch milliseconds. */
export interface TimeWindow {
  from: number;
  to: number;
}

/** Custom range as typed in two date inputs (YYYY-MM-DD), both days included, in the account's timezone. */
export interface CustomDates {
  fromDate: string;
  toDate: string;
}

const presetLengths: Record<Exclude<RangeKey, 'custom'>, DurationLike> = {
  '24h': { hours: 24 },
  '7d': { days: 7 },
  '30d': { days: 30 },
  '90d': { days: 90 },
  '1y': { years: 1 },
};

export type WindowResult =
  | { ok: true; window: TimeWindow; length: DurationLike }
  | { ok: false; reason: 'invalid-date' | 'end-before-start' | 'too-long' };

/**
 * The window a range covers, ending with the bucket under way (so "24 h" shows the current,
 * still-filling hour last). Days start at the account's midnight, hence the timezone.
 */
export function rangeWindow(range: RangeKey, interval: Interval, now: number, timezone: string, custom?: CustomDates): WindowResult {
  if (range === 'custom') return customWindow(custom, timezone);
  const end = DateTime.fromMillis(now, { zone: timezone }).startOf(interval).plus(interval === 'hour' ? { hours: 1 } : { days: 1 });
  const length = presetLengths[range];
  return { ok: true, window: { from: end.minus(length).toMillis(), to: end.toMillis() }, length };
}

function customWindow(custom: CustomDates | undefined, timezone: string): WindowResult {
  if (!custom) return { ok: false, reason: 'invalid-date' };
  const from = DateTime.fromISO(custom.fromDate, { zone: timezone }).startOf('day');
  const last = DateTime.fromISO(custom.toDate, { zone: timezone }).startOf('day');
  if (!from.isValid || !last.isValid) return { ok: false, reason: 'invalid-date' };
  if (last < from) return { ok: false, reason: 'end-before-start' };
  const days = Math.round(last.diff(from, 'days').days) + 1;
  // The cache keeps five years, and one read is at most that long.
  if (days > MAX_CUSTOM_DAYS) return { ok: false, reason: 'too-long' };
  return { ok: true, window: { from: from.toMillis(), to: last.plus({ days: 1 }).toMillis() }, length: { days } };
}

/** The same-length period just before, for the comparison line. */
export function previousWindow(window: TimeWindow, length: DurationLike, timezone: string): TimeWindow {
  return { from: DateTime.fromMillis(window.from, { zone: timezone }).minus(length).toMillis(), to: window.from };
}

function spanDays(window: TimeWindow): number {
  return (window.to - window.from) / 86_400_000;
}

/** Hourly up to a week, daily beyond: a month of hours is 720 points of mostly daily rhythm. */
export function defaultInterval(range: RangeKey, custom?: CustomDates, timezone = 'UTC'): Interval {
  if (range === '24h' || range === '7d') return 'hour';
  if (range !== 'custom') return 'day';
  const result = customWindow(custom, timezone);
  return result.ok && spanDays(result.window) <= 7.5 ? 'hour' : 'day';
}

/** A day of daily buckets is a single point; more than a year of hours is too many rows to read. */
export function allowedIntervals(range: RangeKey, window: TimeWindow | null): Interval[] {
  if (range === '24h') return ['hour'];
  if (window && spanDays(window) > MAX_HOURLY_DAYS) return ['day'];
  return ['hour', 'day'];
}

/** True when hourly buckets are asked for further back than the sync fetches hours. */
export function hourlyBeyondCache(window: TimeWindow, interval: Interval, now: number): boolean {
  return interval === 'hour' && window.from < now - HOURLY_CACHE_DAYS * 86_400_000;
}

/** A date input's value (YYYY-MM-DD) for an instant, on the account's calendar. */
export function dateInputValue(epochMs: number, timezone: string): string {
  return DateTime.fromMillis(epochMs, { zone: timezone }).toISODate() ?? '';
}

/** Every bucket start in [from, to) on the account's clock, as main buckets the series. */
export function bucketStarts(window: TimeWindow, interval: Interval, timezone: string): number[] {
  const starts: number[] = [];
  const first = DateTime.fromMillis(window.from, { zone: timezone }).startOf(interval);
  if (interval === 'hour') {
    // Hours run in absolute time, so they are stepped in milliseconds: calendar arithmetic in a
    // zone costs a timezone lookup per step, a third of a second for a year of hours.
    for (let t = first.toMillis(); t < window.to; t += 3_600_000) if (t >= window.from) starts.push(t);
    return starts;
  }
  // Days are stepped on the calendar: 23 or 25 hours around a DST change.
  for (let t = first; t.toMillis() < window.to; t = t.plus({ days: 1 }).startOf('day')) {
    if (t.toMillis() >= window.from) starts.push(t.toMillis());
  }
  return starts;
}
