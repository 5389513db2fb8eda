import { createLTTB } from 'downsample';

/** More points than this and a line chart draws several per pixel column: detail nobody can see. */
export const CHART_POINT_LIMIT = 1000;

/**
 * Thins a long series for drawing with Largest-Triangle-Three-Buckets (from the `downsample`
 * package): the first and last points are always kept and, in each bucket, the point that makes
 * the largest triangle with its neighbours, so a spike or a sudden drop survives where averaging
 * would flatten it. Series at or under the limit come back unchanged (the same array).
 *
 * Only the drawing is thinned: tables and exports keep every bucket.
 */
export function downsampleForChart<P>(
  points: readonly P[],
  x: (point: P) => number,
  y: (point: P) => number,
  limit: number = CHART_POINT_LIMIT,
): readonly P[] {
  // LTTB needs room for the first, the last and at least one chosen point between them.
  if (points.length <= limit || limit < 3) return points;
  const lttb = createLTTB<P>({ x: (point) => x(point), y: (point) => y(point) });
  const thinned = lttb(points as P[], limit);
  return Array.from({ length: thinned.length }, (_, index) => thinned[index] as P);
}
