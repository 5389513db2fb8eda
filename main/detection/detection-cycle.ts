import { diagnose } from './diagnosis';
import type { Diagnosis } from './diagnosis-types';
import { advanceOwnedMonitor } from './monitor';
import type { HourCount, MonitorEvent, MonitorState, MonitorStatus } from './monitor-types';
import type { Sensitivity } from '../../shared/domain/sensitivity';

/** One metric of an account as a detection cycle receives it. */
export interface CycleMetric {
  id: string;
  name: string;
  integrationName: string | null;
  integrationCategory: string | null;
  /** When the metric was created (epoch seconds), if known. */
  createdAt?: number | null;
  /** The monitor as the previous cycle left it (null: never monitored). The cycle takes ownership. */
  state: MonitorState | null;
  /** The metric's own sensitivity, over the account's (`CycleOptions.sensitivity`). */
  sensitivity?: Sensitivity | null;
  /** Events per hour below which the metric is watched daily (see `MonitorContext`). */
  minHourlyVolume?: number | null;
  /**
   * The new complete hours (and any revised ones), with the end of the last complete hour. Null:
   * this metric has no new data this cycle (not yet seen, say); it still takes part in diagnosis.
   */
  input: { hours: readonly HourCount[]; watermark: number; historyStart?: number } | null;
}

export interface CycleMetricResult {
  id: string;
  state: MonitorState | null;
  events: MonitorEvent[];
  status: MonitorStatus | null;
}

export interface CycleResult {
  metrics: CycleMetricResult[];
  /** Every finding that holds at the end of the cycle. */
  diagnoses: Diagnosis[];
}

export interface CycleOptions {
  timezone: string;
  sensitivity: Sensitivity;
  /** The caller's clock (epoch seconds): a watermark far behind it is a stale sync, not a drop. */
  now: number;
  /** The hour being diagnosed (start of the last judged hour). */
  at: number;
}

/**
 * What runs after every sync, in the app and in `storepulse detect`'s replay alike: advance each
 * metric's monitor to its watermark, then diagnose across all of the account's metrics. Pure, and
 * the one place the two paths share, so the replay's figures are the app's behaviour.
 */
export function runDetectionCycle(metrics: readonly CycleMetric[], options: CycleOptions): CycleResult {
  const results = metrics.map((metric): CycleMetricResult => {
    if (!metric.input) return { id: metric.id, state: metric.state, events: [], status: null };
    const advanced = advanceOwnedMonitor(metric.state, metric.input.hours, {
      timezone: options.timezone,
      sensitivity: metric.sensitivity ?? options.sensitivity,
      minHourlyVolume: metric.minHourlyVolume ?? 0,
      watermark: metric.input.watermark,
      now: options.now,
      metric: metric.name,
      integration: metric.integrationName,
      historyStart: metric.input.historyStart,
    });
    return { id: metric.id, state: advanced.state, events: advanced.events, status: advanced.status };
  });
  const diagnoses = diagnose({
    at: options.at,
    metrics: metrics.map((metric, i) => ({
      id: metric.id,
      name: metric.name,
      integrationName: metric.integrationName,
      integrationCategory: metric.integrationCategory,
      createdAt: metric.createdAt ?? null,
      state: results[i]!.state,
    })),
  });
  return { metrics: results, diagnoses };
}
