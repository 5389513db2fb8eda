import type { ExpectedPoint, SeriesPoint } from '../../shared/domain/metric';

/** One bucket: what the cache counted and what the detector expected, null where either has nothing. */
export interface BucketWithExpected {
  /** Bucket start, epoch milliseconds. */
  t: number;
  count: number | null;
  expected: number | null;
}

function byStart<P extends { start: string }>(points: readonly P[]): Map<number, P> {
  return new Map(points.map((point) => [Date.parse(point.start), point]));
}

/**
 * The series and the detector's expectations joined by bucket start, one row per bucket of the
 * grid and in its order: a bucket the cache lacks is a gap (null), never skipped nor drawn as
 * zero, and points outside the grid are left out. Starts are compared as instants, so the same
 * hour written with another offset still matches.
 */
export function seriesWithExpected(
  grid: readonly number[],
  series: readonly SeriesPoint[],
  expected: readonly ExpectedPoint[],
): BucketWithExpected[] {
  const counts = byStart(series);
  const predictions = byStart(expected);
  return grid.map((t) => ({ t, count: counts.get(t)?.count ?? null, expected: predictions.get(t)?.expected ?? null }));
}

/** Every bucket start either side names, once, oldest first: the grid when no window fixes one. */
export function bucketStartsOf(series: readonly SeriesPoint[], expected: readonly ExpectedPoint[]): number[] {
  const starts = new Set([...series, ...expected].map((point) => Date.parse(point.start)).filter((t) => !Number.isNaN(t)));
  return [...starts].sort((a, b) => a - b);
}
