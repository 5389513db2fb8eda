import { DISPERSION, DISPERSION_MIN_HISTORY_HOURS, DISPERSION_WINDOWS, RING_HOURS } from './detection-thresholds';
import { hoursFed, oldestHeldIndex } from './monitor-ring';
import type { MonitorState } from './monitor-types';

/**
 * Re-estimates, once a day, each window's negative-binomial dispersion (variance = mean +
 * alpha * mean²) from how far the monitor's own past predictions missed: every w-hour window of
 * the last four weeks (six for the week-long window) that holds no incident or spike hour and
 * enough expected events is a sample. The estimate matches the median squared miss (robust to
 * the outliers a moment estimate would chase), blended with a few pseudo-samples of the initial
 * value so a thin history stays cautious. Windows overlap (stride
 * w/2), which is harmless for a moment estimate. Only predictions made after the first week count.
 */
export function fitDispersion(state: MonitorState): void {
  const { count, expected, flag } = state.ring;
  const oldest = oldestHeldIndex(state);
  const held = hoursFed(state) - oldest;
  const observedSum = new Float64Array(held + 1);
  const expectedSum = new Float64Array(held + 1);
  const flaggedSum = new Int32Array(held + 1);
  for (let k = 0; k < held; k += 1) {
    const pos = (oldest + k) % RING_HOURS;
    observedSum[k + 1] = observedSum[k]! + count[pos]!;
    expectedSum[k + 1] = expectedSum[k]! + expected[pos]!;
    flaggedSum[k + 1] = flaggedSum[k]! + (flag[pos] === 0 ? 0 : 1);
  }
  DISPERSION_WINDOWS.forEach((hours, j) => {
    const lookback = hours >= 168 ? RING_HOURS : DISPERSION.lookbackHours;
    // Predictions made in the monitor's first week came from a baseline still taking shape: their
    // misses measure the warm-up, not the metric's noise, and would leave the detector deaf for weeks.
    const earliest = Math.max(0, held - lookback, DISPERSION_MIN_HISTORY_HOURS - oldest);
    const stride = Math.max(1, Math.round(hours / 2));
    const means: number[] = [];
    const squares: number[] = [];
    for (let end = held; end - hours >= earliest; end -= stride) {
      if (flaggedSum[end]! - flaggedSum[end - hours]! > 0) continue;
      const mean = expectedSum[end]! - expectedSum[end - hours]!;
      if (mean < DISPERSION.minExpected) continue;
      const miss = observedSum[end]! - observedSum[end - hours]! - mean;
      means.push(mean);
      squares.push(miss * miss);
    }
    const samples = means.length;
    if (samples === 0) return;
    const estimate = medianDispersion(means, squares);
    const blended = (samples * estimate + DISPERSION.priorSamples * DISPERSION.initial) / (samples + DISPERSION.priorSamples);
    state.dispersion[j] = Math.min(DISPERSION.max, Math.max(DISPERSION.min, blended));
  });
}

/** Median of a chi-square with one degree of freedom: what a squared standard-normal miss is half the time. */
export const CHI2_1_MEDIAN = 0.454936;

/**
 * The dispersion at which the median squared miss, in variances, is what noise alone gives. A
 * median, not a mean: an outage or a sale the monitor did not flag (during warm-up, say) is an
 * outlier the estimate must ignore, or one bad day would leave the detector deaf for weeks.
 */
export function medianDispersion(means: readonly number[], squares: readonly number[]): number {
  // "The median ratio exceeds the chi-square median" is "more than half the misses exceed it",
  // a count, so each bisection step is one pass with no sorting.
  const half = means.length / 2;
  const tooNarrow = (alpha: number) => {
    let above = 0;
    for (let i = 0; i < means.length; i += 1) {
      const mean = means[i]!;
      if (squares[i]! > CHI2_1_MEDIAN * (mean + alpha * mean * mean)) above += 1;
    }
    return above > half;
  };
  if (!tooNarrow(0)) return DISPERSION.min;
  if (tooNarrow(DISPERSION.max)) return DISPERSION.max;
  let low: number = 0;
  let high: number = DISPERSION.max;
  // The share of misses above falls as alpha grows; 30 halvings are far below what matters.
  for (let step = 0; step < 30; step += 1) {
    const mid = (low + high) / 2;
    if (tooNarrow(mid)) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}
