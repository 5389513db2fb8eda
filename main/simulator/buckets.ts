import { DateTime } from 'luxon';

export type AggregateInterval = 'hour' | 'day' | 'week' | 'month';

const oneBucket = { hour: { hours: 1 }, day: { days: 1 }, week: { weeks: 1 }, month: { months: 1 } } as const;

/**
 * Bucket boundaries for `[startMs, endMs)` in a zone: local hour, midnight, Monday or
 * first-of-month starts, so a day around a DST change lasts 23 or 25 hours. The first bucket
 * starts where the one containing `startMs` starts (our choice: the spec does not say); the last
 * boundary is the first one at or after `endMs`. `boundaries` has one more entry than buckets.
 * Weeks start on Monday (ISO; our choice).
 * The simulator plays Klaviyo and buckets on its own, not with the app's `shared/domain/account-time.ts`,
 * so the app's bucketing is checked against an independent one.
 */
export function bucketBoundaries(interval: AggregateInterval, zone: string, startMs: number, endMs: number, maxBuckets: number): number[] | null {
  let cursor = DateTime.fromMillis(startMs, { zone }).startOf(interval);
  const boundaries = [cursor.toMillis()];
  while (cursor.toMillis() < endMs) {
    if (boundaries.length > maxBuckets) return null;
    // Hours are added in absolute time; longer buckets land back on their first local instant, or
    // a day that starts at 01:00 (clocks jump at midnight) would start every later day at 01:00.
    cursor = interval === 'hour' ? cursor.plus(oneBucket.hour) : cursor.plus(oneBucket[interval]).startOf(interval);
    boundaries.push(cursor.toMillis());
  }
  return boundaries;
}
