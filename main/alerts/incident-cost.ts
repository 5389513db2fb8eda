import type { EstimateRange } from '../../shared/domain/incident';
import { secondsFromIso } from '../../shared/domain/account-time';
import { DISPERSION_WINDOWS } from '../detection/detection-thresholds';
import { hourIndex, ringPosition } from '../detection/monitor-ring';
import type { MonitorState } from '../detection/monitor-types';

const HOUR = 3600;
/** Two-sided 90%: the range a figure plausibly lies in. */
const Z90 = 1.645;
/** Hours before an incident whose orders give the metric's usual value per order. */
export const VALUE_BASELINE_HOURS = 28 * 24;

/** What one member of an incident missed, as last estimated. */
export interface MemberCost {
  /** End of the last complete hour counted (epoch seconds). */
  through: number;
  observed: number;
  expected: number;
  missingEvents: EstimateRange;
  /** For a metric with values (orders): the value that did not come in; null otherwise. */
  missingValue: EstimateRange | null;
}

/** The events and values of the hours of a span, and of the hours before it, from the cache. */
export interface ValueRows {
  /** Sum of values over the span's hours. */
  spanValue: number;
  /** Events and values over `VALUE_BASELINE_HOURS` before the span. */
  baselineCount: number;
  baselineValue: number;
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * The range of `expected - observed`: the expected total is uncertain as the detector's own
 * misses say (negative binomial, variance = mean + alpha * mean², alpha fitted for windows of about
 * the span's length), the observed count is what it is. Never below zero: a span above its
 * expectation missed nothing.
 */
export function missingRange(expected: number, observed: number, dispersion: number): EstimateRange {
  return shortfallRange(expected, observed, expected + dispersion * expected * expected);
}

/**
 * The range of `expected - observed` when `expected` has this variance: the estimate with its
 * two-sided 90% ends, never below zero. Every cost range is this one shape (a rise's extra events
 * are the shortfall of `expected` below `observed`).
 */
export function shortfallRange(expected: number, observed: number, variance: number): EstimateRange {
  const spread = Z90 * Math.sqrt(variance);
  const clamp = (value: number) => Math.max(0, round(value));
  return { estimate: clamp(expected - observed), low: clamp(expected - spread - observed), high: clamp(expected + spread - observed) };
}

/** The fitted dispersion of the longest window no longer than the span (the shortest window otherwise). */
export function dispersionFor(monitor: MonitorState, hours: number): number {
  let index = 0;
  DISPERSION_WINDOWS.forEach((window, i) => {
    if (window <= hours) index = i;
  });
  return monitor.dispersion[index] ?? monitor.dispersion[0] ?? 0;
}

/**
 * What a member missed from its first anomalous hour to its recovery (or to the last hour the
 * monitor has judged): each hour's count against the prediction made before seeing it, the same
 * values the charts draw and the alert's "now" figure adds up. Null when the monitor no longer
 * holds every hour of the span (the caller keeps its previous estimate).
 */
export function memberCost(
  member: { start: string; resolvedAt: string | null },
  monitor: MonitorState,
  values: ValueRows | null,
): MemberCost | null {
  const start = secondsFromIso(member.start);
  const lastJudged = monitor.nextHour - HOUR;
  const endExclusive = member.resolvedAt === null ? lastJudged + HOUR : Math.min(secondsFromIso(member.resolvedAt), lastJudged + HOUR);
  if (endExclusive <= start) return null;
  let observed = 0;
  let expected = 0;
  for (let t = start; t < endExclusive; t += HOUR) {
    const position = ringPosition(monitor, hourIndex(monitor, t));
    if (position < 0) return null;
    observed += monitor.ring.count[position] ?? 0;
    expected += monitor.ring.expected[position] ?? 0;
  }
  const hours = (endExclusive - start) / HOUR;
  const dispersion = dispersionFor(monitor, hours);
  const missingEvents = missingRange(expected, observed, dispersion);
  return {
    through: endExclusive,
    observed,
    expected: round(expected),
    missingEvents,
    missingValue: values ? missingValue(expected, values, missingRange(expected, 0, dispersion)) : null,
  };
}

/**
 * The value that did not come in: expected events at the metric's usual value per event (its own
 * history before the span), less the value that did come in. The range scales the expected total's
 * range by the same value per event. Null without a usable history of values.
 */
function missingValue(expected: number, values: ValueRows, expectedRange: EstimateRange): EstimateRange | null {
  if (values.baselineCount <= 0 || values.baselineValue <= 0) return null;
  const perEvent = values.baselineValue / values.baselineCount;
  const clamp = (value: number) => Math.max(0, round(value));
  return {
    estimate: clamp(expected * perEvent - values.spanValue),
    low: clamp(expectedRange.low * perEvent - values.spanValue),
    high: clamp(expectedRange.high * perEvent - values.spanValue),
  };
}

/** Ranges added member by member (the sum of the estimates; the ends add up too, a cautious bound). */
export function addRanges(ranges: readonly EstimateRange[]): EstimateRange {
  return ranges.reduce((sum, range) => ({ estimate: round(sum.estimate + range.estimate), low: round(sum.low + range.low), high: round(sum.high + range.high) }), {
    estimate: 0,
    low: 0,
    high: 0,
  });
}
