import { CALENDAR_DISPERSION, DISPERSION, DISPERSION_WINDOWS, RING_HOURS, type DepthRule } from './detection-thresholds';
import { negativeBinomialCdf } from './count-tails';
import { hoursFed } from './monitor-ring';
import type { MonitorState } from './monitor-types';

/**
 * The sequential drop test: a likelihood-ratio scan over every span ending at the last fed hour.
 *
 * For a span with `observed` events where `expected` were predicted, the Poisson log-likelihood
 * ratio of "activity fell to observed/expected of normal" against "nothing wrong" is
 * expected − observed + observed·ln(observed/expected) (for a full stop, just `expected`). It
 * grows with every hour the drop lasts, so evidence accumulates instead of waiting for a fixed
 * window to fill: a stop on a busy store crosses the threshold in an hour, the same stop on a
 * quiet store after as many hours as it takes to miss the same number of events. The maximum
 * over spans is the generalized likelihood-ratio (CUSUM-like) statistic, and the span that
 * maximizes it is where the drop began.
 *
 * Predictions are not the true mean: the ratio is divided by the span's variance inflation
 * 1 + α·expected, α being the negative-binomial dispersion learnt for spans of that length
 * (monitor-dispersion.ts). Long spans of a busy store therefore need a deep drop, not merely a
 * few percent of baseline error summed over a week.
 */
export interface ScanHit {
  /** Span length, ending at the last fed hour. */
  hours: number;
  observed: number;
  expected: number;
  /** Dispersion-adjusted log-likelihood ratio of the span (the evidence). */
  evidence: number;
}

export interface ScanLimits {
  /** Shortest span judged (24 when the metric is watched on whole days). */
  minHours: number;
  /** How deep a span of each length must be (detection-thresholds.ts). */
  depth: readonly DepthRule[];
  /** Evidence needed: ln(hours per metric-month / false alarms accepted) plus the scan allowance. */
  threshold: number;
}

const LONGEST = DISPERSION_WINDOWS[DISPERSION_WINDOWS.length - 1]!;

/** The span with the most evidence of a drop, if it reaches the threshold; null otherwise. */
export function scanForDrop(state: MonitorState, limits: ScanLimits): ScanHit | null {
  const { count, expected: predicted, calendar } = state.ring;
  const last = hoursFed(state) - 1;
  const floor = Math.max(0, last - LONGEST + 1, last - RING_HOURS + 1, episodeFloor(state));
  let observed = 0;
  let expected = 0;
  let retailExpected = 0;
  let best: ScanHit | null = null;
  // Hot loop (every metric, every hour, up to a week of spans): the ring position and the depth
  // rule in force are stepped along with the span instead of recomputed.
  const { depth } = limits;
  let rule = -1;
  let pos = last % RING_HOURS;
  for (let index = last, hours = 1; index >= floor; index -= 1, hours += 1) {
    observed += count[pos]!;
    expected += predicted[pos]!;
    if (calendar[pos] === 1) retailExpected += predicted[pos]!;
    pos = pos === 0 ? RING_HOURS - 1 : pos - 1;
    while (rule + 1 < depth.length && depth[rule + 1]!.fromHours <= hours) rule += 1;
    if (rule < 0 || hours < limits.minHours || expected <= 0 || observed > depth[rule]!.maxRatio * expected) continue;
    const evidence = spanEvidence(state, hours, observed, expected, retailExpected);
    if (evidence >= limits.threshold && (best === null || evidence > best.evidence)) best = { hours, observed, expected, evidence };
  }
  return best;
}

/**
 * Variance over Poisson of a span: 1 + α·expected, plus the calendar's widening for the expected
 * events that fall on holidays or retail days (their share of the span, squared, times
 * `CALENDAR_DISPERSION`, over expected).
 */
function varianceInflation(state: Pick<MonitorState, 'dispersion'>, hours: number, expected: number, retailExpected = 0): number {
  return 1 + dispersionAt(state, hours) * expected + (CALENDAR_DISPERSION * retailExpected * retailExpected) / expected;
}

/** The evidence of a drop over a span: its log-likelihood ratio over its variance inflation. */
export function spanEvidence(state: Pick<MonitorState, 'dispersion'>, hours: number, observed: number, expected: number, retailExpected = 0): number {
  return dropLogLikelihoodRatio(observed, expected) / varianceInflation(state, hours, expected, retailExpected);
}

/** Poisson log-likelihood ratio of "the rate fell to observed/expected" (0 when nothing fell). */
export function dropLogLikelihoodRatio(observed: number, expected: number): number {
  if (observed >= expected) return 0;
  return expected - observed + (observed > 0 ? observed * Math.log(observed / expected) : 0);
}

/**
 * The learnt dispersion for a span of `hours`, interpolated on log-hours between the windows it
 * is learnt for (beyond the longest, the longest's).
 */
export function dispersionAt(state: Pick<MonitorState, 'dispersion'>, hours: number): number {
  const at = (j: number) => state.dispersion[j] ?? DISPERSION.initial;
  let j = 0;
  while (j + 1 < DISPERSION_WINDOWS.length && DISPERSION_WINDOWS[j + 1]! <= hours) j += 1;
  if (j + 1 >= DISPERSION_WINDOWS.length || DISPERSION_WINDOWS[j]! >= hours) return at(j);
  const low = DISPERSION_WINDOWS[j]!;
  const high = DISPERSION_WINDOWS[j + 1]!;
  const share = Math.log(hours / low) / Math.log(high / low);
  return at(j) + (at(j + 1) - at(j)) * share;
}

/**
 * How likely so few events in the span would be with nothing wrong: the negative-binomial lower
 * tail at the span's dispersion. This is what an alert states ("about 1 in 8,000").
 */
export function chanceWithNothingWrong(state: Pick<MonitorState, 'dispersion'>, observed: number, expected: number, hours: number): number {
  return negativeBinomialCdf(observed, expected, dispersionAt(state, hours));
}

/** First hour index a span may reach back to: after the previous episode. */
function episodeFloor(state: MonitorState): number {
  return state.lastEpisodeEnd === null ? 0 : (state.lastEpisodeEnd - state.firstHour) / 3600 + 1;
}
