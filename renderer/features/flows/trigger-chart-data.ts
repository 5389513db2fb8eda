import type { ExpectedPoint, SeriesPoint } from '../../../shared/domain/metric';
import { addBuckets, bucketStart, isoFromSeconds, nextBucketStart, secondsFromDate } from '../../../shared/domain/account-time';
import { bucketStartsOf, seriesWithExpected } from '../../lib/series-with-expected';

export const CHART_DAYS = 7;

/** One hour on the chart: what happened and what the detector expected (null where unknown). */
export interface ChartPoint {
  time: number;
  count: number | null;
  expected: number | null;
}

/**
 * The last seven days up to the end of the current hour, on hour boundaries so the window lines
 * up with the cached buckets and the current, still filling hour is included.
 */
export function chartWindow(now: Date, timezone: string): { from: string; to: string } {
  // The account's hours (at :15 or :30 UTC in some zones), or the oldest cached hour falls outside.
  const to = nextBucketStart(bucketStart(secondsFromDate(now), 'hour', timezone), 'hour', timezone);
  return { from: isoFromSeconds(addBuckets(to, 'hour', -CHART_DAYS * 24, timezone)), to: isoFromSeconds(to) };
}

/**
 * Every hour either side names, counts and expected values joined by bucket start. A bucket
 * missing from the counts is left empty rather than drawn as zero: the cache may simply not hold
 * it yet.
 */
export function mergeChartPoints(series: readonly SeriesPoint[], expected: readonly ExpectedPoint[]): ChartPoint[] {
  return seriesWithExpected(bucketStartsOf(series, expected), series, expected).map(({ t, count, expected: value }) => ({
    time: t,
    count,
    expected: value,
  }));
}

/**
 * Totals for the chart's text summary. The comparison with the expected activity only uses the
 * hours the detector judged, so a partly known expectation is never set against a full count.
 */
export function chartTotals(points: readonly ChartPoint[]): { observed: number; judged: { observed: number; expected: number } | null } {
  let observed = 0;
  let judgedObserved = 0;
  let judgedExpected = 0;
  let judgedHours = 0;
  for (const point of points) {
    observed += point.count ?? 0;
    if (point.count !== null && point.expected !== null) {
      judgedObserved += point.count;
      judgedExpected += point.expected;
      judgedHours += 1;
    }
  }
  return {
    observed,
    judged: judgedHours > 0 ? { observed: judgedObserved, expected: Math.round(judgedExpected) } : null,
  };
}
