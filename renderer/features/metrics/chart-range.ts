import { DateTime, type DurationLike } from 'luxon';
import { bucketStart, bucketStartsMs, localDate, localDayStart, nextBucketStart } from '../../../shared/domain/account-time';
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
  // The next bucket's start, not the current one plus a day: a day that starts at 01:00 (clocks
  // jump at midnight) is followed by one starting at midnight.
  const end = nextBucketStart(bucketStart(now / 1000, interval, timezone), interval, timezone) * 1000;
  const length = presetLengths[range];
  return { ok: true, window: { from: DateTime.fromMillis(end, { zone: timezone }).minus(length).toMillis(), to: end }, length };
}

function customWindow(custom: CustomDates | undefined, timezone: string): WindowResult {
  if (!custom) return { ok: false, reason: 'invalid-date' };
  const from = localDayStart(custom.fromDate, timezone);
  const last = localDayStart(custom.toDate, timezone);
  if (from === null || last === null) return { ok: false, reason: 'invalid-date' };
  if (last < from) return { ok: false, reason: 'end-before-start' };
  // Rounded: a day is 23 to 25 hours long.
  const days = Math.round((last - from) / 86_400) + 1;
  // The cache keeps five years, and one read is at most that long.
  if (days > MAX_CUSTOM_DAYS) return { ok: false, reason: 'too-long' };
  return { ok: true, window: { from: from * 1000, to: nextBucketStart(last, 'day', timezone) * 1000 }, length: { days } };
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
  return localDate(epochMs / 1000, timezone);
}

/** Every bucket start in [from, to) on the account's clock, as main buckets the series. */
export const bucketStarts = (window: TimeWindow, interval: Interval, timezone: string): number[] => bucketStartsMs(window, interval, timezone);
