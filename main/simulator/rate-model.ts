import type { LocalHour } from './local-time';
import type { SimAccount, SimMetric, TimeWindow, World } from './world';

const yearMs = 365.25 * 24 * 3_600_000;

/**
 * The expected number of events of a metric in the UTC hour starting at `hourStartMs`:
 * base × daily shape (local hour) × weekly shape (local weekday) × trend × peaks × incidents.
 * Zero outside the metric's life. Pure: the same inputs always give the same rate.
 */
export function expectedHourlyCount(world: World, account: SimAccount, metric: SimMetric, hourStartMs: number, local: LocalHour): number {
  if (hourStartMs < metric.startMs || hourStartMs >= metric.stopMs) return 0;
  const model = metric.model;
  const rate =
    model.baseHourlyRate *
    (model.dailyShape[local.hour] ?? 1) *
    (model.weeklyShape[local.weekday] ?? 1) *
    Math.pow(1 + model.trendPerYear, (hourStartMs - world.anchorMs) / yearMs);
  return rate * windowFactor(account.peaks, metric.id, hourStartMs) * windowFactor(account.incidents, metric.id, hourStartMs);
}

function windowFactor(windows: readonly TimeWindow[], metricId: string, hourStartMs: number): number {
  let factor = 1;
  for (const window of windows) {
    if (hourStartMs >= window.startMs && hourStartMs < window.endMs && window.metricIds.has(metricId)) factor *= window.factor;
  }
  return factor;
}
