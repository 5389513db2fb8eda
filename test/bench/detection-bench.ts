import { advanceMonitor } from '../../main/detection/monitor';
import type { HourCount, MonitorContext, MonitorState } from '../../main/detection/monitor-types';
import { diagnose } from '../../main/detection/diagnosis';
import { parseMonitorState } from '../../main/detection/monitor-state-schema';
import { generateStoreSeries } from '../eval/store-series';
import { atMost, median, round, type Figure } from './bench-stats';

/**
 * The detector's speed: one metric's 120 days (at once and hour by hour, the replay's path), 100
 * metrics × a year rebuilt from history, and the per-sync evaluation of 100 metrics from their
 * saved states (read back through the same validation the app uses). Medians of several runs.
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

function medianOf(times: number, run: () => unknown): number {
  return median(Array.from({ length: times }, () => time(run).ms));
}

const end = (hours: HourCount[]) => hours.at(-1)!.start + 3600;

export function detectionBench(log: (line: string) => void): Figure[] {
  const oneMetric = series(1, 120, 25);
  const batch = medianOf(5, () => advanceMonitor(null, oneMetric, context(end(oneMetric), 'Placed Order')));
  const stepwise = medianOf(3, () => {
    let state: MonitorState | null = null;
    for (const hour of oneMetric) state = advanceMonitor(state, [hour], context(hour.start + 3600, 'Placed Order')).state;
    return state;
  });

  const rates = [0.3, 2, 8, 25, 120];
  log('  generating 100 series of one year...');
  const year = Array.from({ length: 100 }, (_, i) => series(100 + i, 365, rates[i % rates.length]!));
  const hundred = medianOf(3, () => year.map((hours, i) => advanceMonitor(null, hours, context(end(hours), `metric ${i}`)).state));

  const saved = year.map((hours, i) => JSON.stringify(advanceMonitor(null, hours.slice(0, -3), context(end(hours) - 3 * 3600, `metric ${i}`)).state));
  const perSync = medianOf(7, () => {
    const states = saved.map((json, i) => {
      const state = parseMonitorState(JSON.parse(json));
      return advanceMonitor(state, year[i]!.slice(-3), context(end(year[i]!), `metric ${i}`)).state;
    });
    return diagnose({
      at: end(year[0]!) - 3600,
      metrics: states.map((state, i) => ({ id: `m${i}`, name: `metric ${i}`, integrationName: 'Shopify', integrationCategory: 'ecommerce', state })),
    });
  });
  const stateKiB = saved.reduce((sum, json) => sum + json.length, 0) / saved.length / 1024;
  return [
    { key: 'detection.oneMetric120DaysMs', value: round(batch, 1), unit: 'ms', goal: atMost(round(batch, 1), 1000) },
    { key: 'detection.oneMetric120DaysHourByHourMs', value: round(stepwise, 1), unit: 'ms', note: 'the replay / CLI path' },
    { key: 'detection.replay100Metrics1YearMs', value: round(hundred, 0), unit: 'ms', goal: atMost(round(hundred, 0), 3000) },
    { key: 'detection.incremental100MetricsMs', value: round(perSync, 1), unit: 'ms', goal: atMost(round(perSync, 1), 50), note: '3 new hours each, states validated from JSON, then the diagnosis' },
    { key: 'detection.stateKiBPerMetric', value: round(stateKiB, 1), unit: 'KiB' },
  ];
}
