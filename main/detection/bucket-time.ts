import { DateTime } from 'luxon';
import type { Interval } from '../../shared/domain/metric';

/**
 * Bucket arithmetic in the account's timezone. Hours and days start where the account's clock
 * says they do, so a day around a DST change is 23 or 25 hours long and an hour in a zone with a
 * half-hour offset starts at :30 UTC. All values are epoch seconds.
 */
export function bucketFloor(epochSeconds: number, interval: Interval, timezone: string): number {
  return DateTime.fromSeconds(epochSeconds, { zone: timezone }).startOf(interval).toSeconds();
}

export function addBuckets(epochSeconds: number, interval: Interval, count: number, timezone: string): number {
  const local = DateTime.fromSeconds(epochSeconds, { zone: timezone });
  // Hours are added in absolute time (a DST hour is still one hour); days in calendar days.
  return (interval === 'hour' ? local.plus({ hours: count }) : local.plus({ days: count }).startOf('day')).toSeconds();
}

/** Every bucket start in [start, end), in order. */
export function bucketStarts(start: number, end: number, interval: Interval, timezone: string): number[] {
  const starts: number[] = [];
  // An hour is 3600 s whatever the zone does (addBuckets adds hours in absolute time too), so only
  // days need the calendar: a year of hours costs no date arithmetic per bucket.
  const next = interval === 'hour' ? (t: number) => t + 3600 : (t: number) => addBuckets(t, 'day', 1, timezone);
  for (let t = bucketFloor(start, interval, timezone); t < end; t = next(t)) {
    if (t >= start) starts.push(t);
  }
  return starts;
}

export function isValidTimezone(timezone: string): boolean {
  return DateTime.now().setZone(timezone).isValid;
}
