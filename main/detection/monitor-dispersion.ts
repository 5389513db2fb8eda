import { DISPERSION, DISPERSION_WINDOWS, RING_HOURS } from './detection-thresholds';
import { hoursFed, oldestHeldIndex } from './monitor-ring';
import type { MonitorState } from './monitor-types';

/**
 * Re-estimates, once a day, each window's negative-binomial dispersion (variance = mean +
 * alpha * mean²) from how far the monitor's own past predictions missed: every w-hour window of
 * the last four weeks (six for the week-long window) that holds no incident or spike hour and
 * enough expected events is a sample. Method of moments, with each squared miss capped at
 * `DISPERSION.cap` standard deviations² so one odd window cannot inflate it, and a few
 * pseudo-samples of the initial value so a thin history stays cautious. Windows overlap (stride
 * w/2), which is harmless for a moment estimate.
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
    const earliest = Math.max(0, held - lookback);
    const stride = Math.max(1, Math.round(hours / 2));
    const previous = state.dispersion[j] ?? DISPERSION.initial;
    let excess = 0;
    let weight = 0;
    let samples = 0;
    for (let end = held; end - hours >= earliest; end -= stride) {
      if (flaggedSum[end]! - flaggedSum[end - hours]! > 0) continue;
      const mean = expectedSum[end]! - expectedSum[end - hours]!;
      if (mean < DISPERSION.minExpected) continue;
      const miss = observedSum[end]! - observedSum[end - hours]! - mean;
      const squared = Math.min(miss * miss, DISPERSION.cap * (mean + previous * mean * mean));
      excess += squared - mean;
      weight += mean * mean;
      samples += 1;
    }
    if (samples === 0) return;
    const estimate = excess / weight;
    const blended = (samples * estimate + DISPERSION.priorSamples * DISPERSION.initial) / (samples + DISPERSION.priorSamples);
    state.dispersion[j] = Math.min(DISPERSION.max, Math.max(DISPERSION.min, blended));
  });
}
