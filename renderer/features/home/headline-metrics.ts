import type { ExpectedPoint, Metric, SeriesPoint } from '../../../shared/domain/metric';
import { addBuckets, bucketStart, bucketStarts, isoFromSeconds } from '../../../shared/domain/account-time';
import { seriesWithExpected } from '../../lib/series-with-expected';

export const WINDOW_HOURS = 24;

export interface HourWindow {
  /** ISO instants, UTC, the window being [from, to). */
  from: string;
  to: string;
  /** Start of every hour in the window, oldest first. */
  starts: string[];
}

/**
 * The last 24 complete hours before the anchor. The anchor is the account's last sync where known:
 * the cache holds nothing after it, so the hour under way (or an hour spent offline) would
 * otherwise read as a drop.
 */
export function headlineWindow(anchorMs: number, timezone: string): HourWindow {
  // The account's hours, as the cache buckets them: in a zone a quarter or half hour off UTC an
  // hour starts at :15 or :30, and a window on UTC hours would match none of the cached rows.
  const to = bucketStart(anchorMs / 1000, 'hour', timezone);
  const from = addBuckets(to, 'hour', -WINDOW_HOURS, timezone);
  const starts = bucketStarts(from, to, 'hour', timezone).map(isoFromSeconds);
  return { from: isoFromSeconds(from), to: isoFromSeconds(to), starts };
}

export interface HourPoint {
  start: string;
  observed: number;
  /** The detector's expectation for the hour; null where it holds none. */
  expected: number | null;
}

/**
 * One point per hour of the window. The cache stores every fetched hour, zeros included, so an
 * hour of the window missing from the series had no events.
 */
export function alignHours(window: HourWindow, series: readonly SeriesPoint[], expected: readonly ExpectedPoint[]): HourPoint[] {
  const rows = seriesWithExpected(window.starts.map((start) => Date.parse(start)), series, expected);
  return window.starts.map((start, index) => ({ start, observed: rows[index]?.count ?? 0, expected: rows[index]?.expected ?? null }));
}

export interface WindowSummary {
  observed: number;
  /** Sum of the hourly expectations; null unless every hour has one (a partial sum would mislead). */
  expected: number | null;
  /** (observed - expected) / expected; null without an expectation above zero. */
  change: number | null;
  points: HourPoint[];
}

export function summarizeWindow(points: HourPoint[]): WindowSummary {
  const observed = points.reduce((sum, point) => sum + point.observed, 0);
  const complete = points.length > 0 && points.every((point) => point.expected !== null);
  const expected = complete ? points.reduce((sum, point) => sum + (point.expected ?? 0), 0) : null;
  const change = expected !== null && expected > 0 ? (observed - expected) / expected : null;
  return { observed, expected, change, points };
}

export interface HeadlineChoice {
  metric: Metric;
  summary: WindowSummary;
}

/**
 * Of the integrations sending a headline metric, the one with recent data: after a platform
 * switch, the new store's Placed Order rather than the silent legacy one. Ties (all silent) go to
 * a metric the API still returns, then to the most recently updated.
 */
export function pickHeadline(choices: readonly HeadlineChoice[]): HeadlineChoice | undefined {
  return [...choices].sort(
    (a, b) =>
      b.summary.observed - a.summary.observed ||
      Number(a.metric.gone) - Number(b.metric.gone) ||
      Date.parse(b.metric.updated ?? '') - Date.parse(a.metric.updated ?? '') ||
      0,
  )[0];
}
