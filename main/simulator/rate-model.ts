import type { LocalHour } from './local-time';
import { hourMs } from './time';
import type { SimAccount, SimMetric, TimeWindow, World } from './world';

const yearMs = 365.25 * 24 * 3_600_000;

/**
 * The expected number of events of a metric in the UTC hour starting at `hourStartMs`:
 * base × daily shape (local hour) × weekly shape (local weekday) × trend × peaks × incidents.
 * A metric that follows another adds `share` × that one's expected count, spread over the hours
 * after it by `delayHours` (complaints come in over the hours after a send), under its own peaks
 * and incidents too: a campaign on the sends raises the complaints, and a bad list import on the
 * complaints raises them alone. A window naming both metrics counts once. Zero outside the
 * metric's life. Pure: the same inputs always give the same rate.
 */
export function expectedHourlyCount(world: World, account: SimAccount, metric: SimMetric, hourStartMs: number, localHour: (ms: number) => LocalHour): number {
  return expectedCount(world, account, metric, hourStartMs, localHour, [metric.id]);
}

/** `path`: the followers asked so far, this metric last; a cycle (refused by the schema) stops there. */
function expectedCount(world: World, account: SimAccount, metric: SimMetric, hourStartMs: number, localHour: (ms: number) => LocalHour, path: readonly string[]): number {
  if (hourStartMs < metric.startMs || hourStartMs >= metric.stopMs) return 0;
  const rate = ownRate(world, metric, hourStartMs, localHour(hourStartMs)) * windowFactor(account.peaks, metric.id, hourStartMs) * windowFactor(account.incidents, metric.id, hourStartMs);
  const follows = metric.follows;
  const leader = follows && account.metrics.find((candidate) => candidate.id === follows.metricId);
  if (!follows || !leader || path.includes(leader.id)) return rate;
  const counted = upstreamIds(account, leader);
  let led = 0;
  delayWeights(follows.delayHours).forEach((weight, hoursBefore) => {
    led += weight * expectedCount(world, account, leader, hourStartMs - hoursBefore * hourMs, localHour, [...path, leader.id]);
  });
  const ownWindows = windowFactor(account.peaks, metric.id, hourStartMs, counted) * windowFactor(account.incidents, metric.id, hourStartMs, counted);
  return rate + follows.share * led * ownWindows;
}

/** The share of the usual value per event left in that hour: the product of the incidents naming the metric. */
export function valueShare(account: SimAccount, metric: SimMetric, hourStartMs: number): number {
  let share = 1;
  for (const window of account.incidents) if (covers(window, hourStartMs) && window.metricIds.has(metric.id)) share *= window.valueFactor;
  return share;
}

function ownRate(world: World, metric: SimMetric, hourStartMs: number, local: LocalHour): number {
  const model = metric.model;
  return (
    model.baseHourlyRate *
    (model.dailyShape[local.hour] ?? 1) *
    (model.weeklyShape[local.weekday] ?? 1) *
    Math.pow(1 + model.trendPerYear, (hourStartMs - world.anchorMs) / yearMs)
  );
}

/** A metric and every metric it follows, directly or through others: their windows are already in its count. */
function upstreamIds(account: SimAccount, metric: SimMetric): Set<string> {
  const ids = new Set<string>();
  for (let at: SimMetric | undefined = metric; at && !ids.has(at.id); at = account.metrics.find((candidate) => candidate.id === at?.follows?.metricId)) ids.add(at.id);
  return ids;
}

const weightsByDelay = new Map<number, readonly number[]>();

/**
 * Weight of the sends `k` hours before (index k): falling by e every `delayHours`, as the rise
 * monitor weighs them, cut where the tail is under 0.1% and scaled to sum to one so that `share`
 * stays the long-run ratio. No delay: the same hour only.
 */
function delayWeights(delayHours: number): readonly number[] {
  const cached = weightsByDelay.get(delayHours);
  if (cached) return cached;
  const raw = delayHours === 0 ? [1] : Array.from({ length: Math.ceil(7 * delayHours) + 1 }, (_, k) => Math.exp(-k / delayHours));
  const total = raw.reduce((sum, weight) => sum + weight, 0);
  const weights = raw.map((weight) => weight / total);
  weightsByDelay.set(delayHours, weights);
  return weights;
}

function covers(window: TimeWindow, hourStartMs: number): boolean {
  return hourStartMs >= window.startMs && hourStartMs < window.endMs;
}

/** The product of the windows over that hour naming the metric, leaving out those naming any of `counted`. */
function windowFactor(windows: readonly TimeWindow[], metricId: string, hourStartMs: number, counted?: ReadonlySet<string>): number {
  let factor = 1;
  for (const window of windows) {
    if (!covers(window, hourStartMs) || !window.metricIds.has(metricId)) continue;
    if (counted && [...counted].some((id) => window.metricIds.has(id))) continue;
    factor *= window.factor;
  }
  return factor;
}
