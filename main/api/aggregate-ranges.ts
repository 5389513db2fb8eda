import type { AggregateBucket, AggregateInterval } from './types';

/**
 * Hourly queries are kept to 7 days per request. The spec states no limit for metric-aggregates
 * (the 7-day rule belongs to the Reporting API, digest §5.1), but the split is cheap and safe if
 * a limit exists. It is done here, not by the caller, so no caller can forget it.
 */
export const maxHourlySpanMs = 7 * 24 * 60 * 60 * 1000;

export interface TimeRange {
  start: Date;
  end: Date;
}

export function splitRange(interval: AggregateInterval, start: Date, end: Date): TimeRange[] {
  if (interval !== 'hour') return [{ start, end }];
  const ranges: TimeRange[] = [];
  for (let from = start.getTime(); from < end.getTime(); from += maxHourlySpanMs) {
    ranges.push({ start: new Date(from), end: new Date(Math.min(from + maxHourlySpanMs, end.getTime())) });
  }
  return ranges;
}

/**
 * Joins the buckets of consecutive ranges, in time order. A bucket that appears in two ranges
 * (only possible when the range does not start on a bucket boundary) holds disjoint events in
 * each, so its values are added.
 */
export function mergeBuckets(parts: readonly AggregateBucket[][]): AggregateBucket[] {
  const byStart = new Map<string, AggregateBucket>();
  for (const bucket of parts.flat()) {
    const seen = byStart.get(bucket.start);
    byStart.set(
      bucket.start,
      seen === undefined
        ? { ...bucket }
        : { start: bucket.start, count: seen.count + bucket.count, sumValue: seen.sumValue + bucket.sumValue, unique: seen.unique + bucket.unique },
    );
  }
  return [...byStart.values()].sort((a, b) => a.start.localeCompare(b.start));
}
