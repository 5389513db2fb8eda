import type { ExpectedPoint, SeriesPoint } from '../../../shared/domain/metric';
import { seriesWithExpected, type BucketWithExpected } from '../../lib/series-with-expected';

/** One bucket of the chart and of the table under it. */
export interface SeriesRow extends BucketWithExpected {
  /** The same position in the period just before, when comparing. */
  previous: number | null;
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
  const previousCounts = previous ? seriesWithExpected(previous.grid, previous.series, []) : null;
  return seriesWithExpected(grid, series, expected).map((row, index) => ({
    ...row,
    previous: previousCounts?.[index]?.count ?? null,
  }));
}
