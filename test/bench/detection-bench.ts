import { advanceMonitor } from '../../main/detection/monitor';
import type { HourCount, MonitorContext, MonitorState } from '../../main/detection/monitor-types';
import { diagnose } from '../../main/detection/diagnosis';
import { generateStoreSeries } from '../eval/store-series';

/**
 * `npx tsx test/bench/detection-bench.ts`: prints how long the detector takes for the three
 * performance targets. Figures are printed, never asserted (they depend on the machine).
 */
const timezone = 'America/New_York';
const context = (watermark: number, metric: string): MonitorContext => ({
  timezone,
  sensitivity: 'normal',
  watermark,
  now: watermark,
  metric,
  integration: 'Shopify',
});

function series(seed: number, days: number, rate: number): HourCount[] {
  return generateStoreSeries({ seed, timezone, startDate: '2025-01-06', days, rate }).hours;
}

function time<T>(run: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = run();
  return { ms: performance.now() - started, value };
}

function best<T>(times: number, run: () => T): { ms: number; value: T } {
  let result = time(run);
  for (let i = 1; i < times; i += 1) {
    const next = time(run);
    if (next.ms < result.ms) result = next;
  }
  return result;
}

const end = (hours: HourCount[]) => hours.at(-1)!.start + 3600;

// 1. One metric, 120 days of hourly data: in one call, and hour by hour (as a replay does).
const oneMetric = series(1, 120, 25);
const batch = best(5, () => advanceMonitor(null, oneMetric, context(end(oneMetric), 'Placed Order')));
const stepwise = best(3, () => {
  let state: MonitorState | null = null;
  for (const hour of oneMetric) state = advanceMonitor(state, [hour], context(hour.start + 3600, 'Placed Order')).state;
  return state;
});

// 2. 100 metrics x 1 year, each rebuilt from its history in one call.
const rates = [0.3, 2, 8, 25, 120];
console.log('generating 100 series of one year...');
const year = Array.from({ length: 100 }, (_, i) => series(100 + i, 365, rates[i % rates.length]!));
const hundred = time(() => year.map((hours, i) => advanceMonitor(null, hours, context(end(hours), `metric ${i}`)).state));

// 3. One per-sync evaluation: 100 saved states (JSON round trip, as SQLite stores them), each advanced by 3 new hours, then the diagnosis.
const saved = year.map((hours, i) => JSON.stringify(advanceMonitor(null, hours.slice(0, -3), context(end(hours) - 3 * 3600, `metric ${i}`)).state));
const perSync = best(5, () => {
  const states = saved.map((json, i) => {
    const state = JSON.parse(json) as MonitorState;
    return advanceMonitor(state, year[i]!.slice(-3), context(end(year[i]!), `metric ${i}`)).state;
  });
  return diagnose({
    at: end(year[0]!) - 3600,
    metrics: states.map((state, i) => ({ id: `m${i}`, name: `metric ${i}`, integrationName: 'Shopify', integrationCategory: 'ecommerce', state })),
  });
});
const stateBytes = saved.reduce((sum, json) => sum + json.length, 0) / saved.length;

console.log('');
console.log(`one metric, 120 days hourly, one call:          ${batch.ms.toFixed(1)} ms  (target: well under 1000 ms)`);
console.log(`one metric, 120 days hourly, hour by hour:      ${stepwise.ms.toFixed(1)} ms  (the replay / CLI path)`);
console.log(`100 metrics x 1 year, rebuilt from history:     ${hundred.ms.toFixed(0)} ms  (target: <= 3000 ms)`);
console.log(`per-sync: 100 metrics x 3 new hours + diagnosis: ${perSync.ms.toFixed(1)} ms  (target: <= 50 ms; includes JSON.parse of saved state)`);
console.log(`saved state per metric:                         ${(stateBytes / 1024).toFixed(1)} KiB of JSON`);
