import { DISPERSION, SPIKE } from './detection-thresholds';
import type { MonitorState } from './monitor-types';

/**
 * Whether a count is a spike over what was expected (a campaign, a sale): above both a ratio and
 * a number of the one-hour window's deviations. Spike hours are kept out of the baseline. Used
 * live as hours arrive and, after the fact, on the monitor's first week (monitor-fit.ts).
 */
export function exceedsSpike(state: MonitorState, count: number, expected: number): boolean {
  return exceedsSpikeWith(count, expected, state.dispersion[0] ?? DISPERSION.initial);
}

/** The same test for any window, given that window's negative-binomial dispersion. */
export function exceedsSpikeWith(count: number, expected: number, alpha: number): boolean {
  if (expected <= 0) return false;
  const sd = Math.sqrt(expected + alpha * expected * expected);
  return count > SPIKE.ratio * expected && count - expected > SPIKE.sigmas * sd;
}
