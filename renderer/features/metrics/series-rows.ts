import type { ExpectedPoint, SeriesPoint } from '../../../shared/domain/metric';

/** One bucket of the chart and of the table under it. */
export interface SeriesRow {
  /** Bucket start, epoch milliseconds. */
  t: number;
  /** Null when the cache holds nothing for the bucket (not synced, or older than hourly history). */
  count: number | null;
  /** The detector's prediction; null where it has none (too old, or not judged yet). */
  expected: number | null;
  /** The same position in the period just before, when comparing. */
  previous: number | null;
}

function byStart<P extends { start: string }>(points: readonly P[]): Map<number, P> {
  return new Map(points.map((point) => [Date.parse(point.start), point]));
}

/**
 * Lays the series and the expected counts on the full grid of buckets, so a bucket the cache
 * lacks shows as a gap rather than being skipped (which would draw a line across missing data).
 * Rows carry epoch milliseconds only: a year of hours is 8,760 rows, and the ISO text is written
 * where it is shown (the rows in view, an export).
 * The previous period is aligned by position: its n-th bucket sits under the n-th bucket of the
 * window, the same hour of the day and (for whole weeks) the same weekday.
 */
export function buildSeriesRows(
  grid: readonly number[],
  series: readonly SeriesPoint[],
  expected: readonly ExpectedPoint[],
  previous?: { grid: readonly number[]; series: readonly SeriesPoint[] },
): SeriesRow[] {
  const counts = byStart(series);
  const predictions = byStart(expected);
  const previousCounts = previous ? byStart(previous.series) : null;
  return grid.map((t, index) => {
    const previousStart = previous?.grid[index];
    return {
      t,
      count: counts.get(t)?.count ?? null,
      expected: predictions.get(t)?.expected ?? null,
      previous: previousCounts && previousStart !== undefined ? (previousCounts.get(previousStart)?.count ?? null) : null,
    };
  });
}
