import { DateTime } from 'luxon';
import type { Interval } from './metric';

/**
 * Time as the account sees it: buckets start where the account's clock says an hour or a day
 * starts, so a day around a DST change lasts 23 or 25 hours, a day whose clocks jump at midnight
 * starts at 01:00, and an hour in Kathmandu (+05:45) starts at :15 UTC. Instants are epoch
 * seconds (the cache's form) unless a name says milliseconds; the wire form is ISO 8601.
 * Main (sync, alerts, detection, handlers) and the renderer (chart windows and rows) both bucket
 * here, so the two sides cannot disagree on where a bucket starts.
 */

export const HOUR_SECONDS = 3600;

/** Start of the bucket containing the instant. */
export function bucketStart(epochSeconds: number, interval: Interval, timezone: string): number {
  return DateTime.fromSeconds(epochSeconds, { zone: timezone }).startOf(interval).toSeconds();
}

/**
 * The bucket start `count` buckets away from a bucket start (negative: earlier). An hour is
 * 3600 s whatever the zone does (the repeated hour of fall-back is a bucket of its own), so hours
 * are added in absolute time without asking the zone; days are added on the calendar and land
 * on the day's first instant (01:00 on a day whose midnight does not exist, midnight the day after).
 * Hours stay on the grid of the hour they start from: that is the zone's own hour grid wherever
 * offsets change by whole hours, which is every zone but Australia/Lord_Howe (a half-hour change;
 * the monitor's fixed hour grid assumes the same).
 */
export function addBuckets(start: number, interval: Interval, count: number, timezone: string): number {
  if (interval === 'hour') return start + count * HOUR_SECONDS;
  return DateTime.fromSeconds(start, { zone: timezone }).plus({ days: count }).startOf('day').toSeconds();
}

/**
 * The instant `days` calendar days after `now` in the account's zone (ISO, UTC): the same local
 * time of day, across DST. How long a snooze or a mute of "30 days" lasts.
 */
export function calendarDaysLater(now: Date, days: number, timezone: string): string {
  return DateTime.fromJSDate(now, { zone: timezone }).plus({ days }).toUTC().toISO()!;
}

export const nextBucketStart = (start: number, interval: Interval, timezone: string): number => addBuckets(start, interval, 1, timezone);

export const previousBucketStart = (start: number, interval: Interval, timezone: string): number => addBuckets(start, interval, -1, timezone);

/**
 * Every bucket start in [from, to), in order: from the bucket containing `from`, those that start
 * inside the range. Hours cost no zone lookup per step (a year of hours is 8760 additions), so the
 * renderer's year of hourly rows stays fast; days are stepped on the calendar.
 */
export function bucketStarts(from: number, to: number, interval: Interval, timezone: string): number[] {
  const starts: number[] = [];
  for (let t = bucketStart(from, interval, timezone); t < to; t = addBuckets(t, interval, 1, timezone)) {
    if (t >= from) starts.push(t);
  }
  return starts;
}

/** The same list for a window in epoch milliseconds (the renderer's form), in milliseconds. */
export function bucketStartsMs(window: { from: number; to: number }, interval: Interval, timezone: string): number[] {
  return bucketStarts(window.from / 1000, window.to / 1000, interval, timezone).map((t) => t * 1000);
}

/** Start of a calendar day (`YYYY-MM-DD`) in the zone, or null for a date that does not exist. */
export function localDayStart(date: string, timezone: string): number | null {
  const day = DateTime.fromISO(date, { zone: timezone });
  return day.isValid ? day.startOf('day').toSeconds() : null;
}

/** The calendar day (`YYYY-MM-DD`) the instant falls on in the zone. */
export function localDate(epochSeconds: number, timezone: string): string {
  return DateTime.fromSeconds(epochSeconds, { zone: timezone }).toISODate() ?? '';
}

export function isValidTimezone(timezone: string): boolean {
  return DateTime.now().setZone(timezone).isValid;
}

/** Wire (ISO 8601, any offset) to cache (epoch seconds); NaN for text that is no date-time. */
export const secondsFromIso = (iso: string): number => Date.parse(iso) / 1000;

/** Cache to wire: ISO 8601 in UTC with milliseconds, as `Date.prototype.toISOString` writes it. */
export const isoFromSeconds = (epochSeconds: number): string => new Date(epochSeconds * 1000).toISOString();

/** `YYYY-MM-DDTHH:mm:ssZ`, for text people read (the command line): no milliseconds. */
export const utcStampFromSeconds = (epochSeconds: number): string => DateTime.fromSeconds(epochSeconds, { zone: 'utc' }).toFormat("yyyy-MM-dd'T'HH:mm:ss'Z'");

/** A clock reading in whole epoch seconds (the part of the second under way is not yet elapsed). */
export const secondsFromDate = (date: Date): number => Math.floor(date.getTime() / 1000);

export const dateFromSeconds = (epochSeconds: number): Date => new Date(epochSeconds * 1000);
