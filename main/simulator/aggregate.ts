import { createHourlyGenerator } from './generator';
import { hourMs } from './time';
import type { SimAccount, SimMetric, World } from './world';

export interface ExtraEvent {
  readonly timeMs: number;
  readonly value: number;
}

export interface MetricTotals {
  readonly count: number[];
  readonly sumValue: number[];
  readonly unique: number[];
}

/**
 * Totals of a metric per bucket (`boundaries` from `bucketBoundaries`), counting events in
 * `[startMs, endMs)` as seen at `nowMs`. Synthetic activity is generated per UTC hour and an hour
 * falls in the bucket its start falls in (exact for every zone whose offset is whole hours; for
 * half-hour zones an hour lands in the bucket where it begins). `unique` adds up the hourly
 * distinct profiles, a simplification: Klaviyo counts distinct profiles per bucket. `extras`
 * (delivered test orders) are added one event each.
 */
function add(totals: MetricTotals, bucket: number, count: number, sumValue: number, unique: number): void {
  totals.count[bucket] = (totals.count[bucket] ?? 0) + count;
  totals.sumValue[bucket] = (totals.sumValue[bucket] ?? 0) + sumValue;
  totals.unique[bucket] = (totals.unique[bucket] ?? 0) + unique;
}

export function aggregateMetric(
  world: World,
  account: SimAccount,
  metric: SimMetric,
  boundaries: readonly number[],
  range: { readonly startMs: number; readonly endMs: number },
  nowMs: number,
  extras: readonly ExtraEvent[],
): MetricTotals {
  const buckets = Math.max(0, boundaries.length - 1);
  const totals: MetricTotals = { count: Array(buckets).fill(0), sumValue: Array(buckets).fill(0), unique: Array(buckets).fill(0) };
  const hourActivity = createHourlyGenerator(world, account, metric);

  const from = Math.max(range.startMs, metric.startMs, world.historyStartMs);
  const to = Math.min(range.endMs, metric.stopMs, nowMs + 1);
  let bucket = 0;
  for (let hour = Math.ceil(from / hourMs); hour * hourMs < to; hour += 1) {
    const hourStartMs = hour * hourMs;
    while (bucket < buckets && hourStartMs >= (boundaries[bucket + 1] ?? Infinity)) bucket += 1;
    if (bucket >= buckets) break;
    const activity = hourActivity(hour, nowMs);
    add(totals, bucket, activity.count, activity.sumValue, activity.unique);
  }

  for (const extra of extras) {
    if (extra.timeMs < range.startMs || extra.timeMs >= range.endMs) continue;
    const index = boundaries.findIndex((start, i) => extra.timeMs >= start && extra.timeMs < (boundaries[i + 1] ?? -Infinity));
    if (index >= 0 && index < buckets) add(totals, index, 1, extra.value, 1);
  }
  // Sums of cents in floating point drift by a few ulps; answer cents.
  for (let i = 0; i < buckets; i += 1) totals.sumValue[i] = Math.round((totals.sumValue[i] ?? 0) * 100) / 100;
  return totals;
}
