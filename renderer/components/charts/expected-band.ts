/**
 * The shaded band drawn around the detector's expected count: a visual guide to "about as usual",
 * not the detector's own test (which also weighs how noisy the metric is). Its floor matches the
 * detector's recovery rule: activity back above 80% of expected counts as recovered.
 */
export const EXPECTED_BAND_RATIO = 0.2;

/** [low, high] around an expected count, or null where nothing was expected. */
export function expectedBand(expected: number | null, ratio: number = EXPECTED_BAND_RATIO): [number, number] | null {
  if (expected === null || !Number.isFinite(expected)) return null;
  return [Math.max(0, expected * (1 - ratio)), expected * (1 + ratio)];
}
