import { diagnose } from './diagnosis';
import type { Diagnosis } from './diagnosis-types';
import { advanceOwnedMonitor } from './monitor';
import type { HourCount, MonitorEvent, MonitorState, MonitorStatus } from './monitor-types';
import type { Sensitivity } from '../../shared/domain/sensitivity';
import { countKindOf } from '../../shared/domain/monitor-kind';
import { advanceKindMonitor, type KindHour, type KindMonitor, type KindResult } from './kind-monitors';

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
  input: { hours: readonly (HourCount & Pick<KindHour, 'value'>)[]; watermark: number; historyStart?: number } | null;
  /**
   * The kinds judged beside the count (its value falling, a harmful metric rising), each with its
   * state as the previous cycle left it. Absent: none.
   */
  kinds?: readonly KindMonitor[];
  /**
   * Whether a fall of the count is an incident: false for a harmful metric (fewer bounces is good
   * news). The count is still followed, for the diagnoses. Default: from the metric's name.
   */
  countDown?: boolean;
}

export interface CycleMetricResult {
  id: string;
  state: MonitorState | null;
  /** The count's drops (for a metric whose fall is no incident, only resolutions). */
  events: MonitorEvent[];
  status: MonitorStatus | null;
  /** Each kind monitor, advanced, in the order given. */
  kinds: KindResult[];
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
    const sensitivity = metric.sensitivity ?? options.sensitivity;
    if (!metric.input) {
      const kinds = (metric.kinds ?? []).map((monitor) => ({ kind: monitor.kind, state: monitor.state, events: [] }));
      return { id: metric.id, state: metric.state, events: [], status: null, kinds };
    }
    const input = metric.input;
    const advanced = advanceOwnedMonitor(metric.state, metric.input.hours, {
      timezone: options.timezone,
      sensitivity,
      minHourlyVolume: metric.minHourlyVolume ?? 0,
      watermark: metric.input.watermark,
      now: options.now,
      metric: metric.name,
      integration: metric.integrationName,
      historyStart: metric.input.historyStart,
    });
    const countDown = metric.countDown ?? countKindOf(metric.name) === 'count-down';
    const kinds = (metric.kinds ?? []).map((monitor) =>
      advanceKindMonitor(monitor, input.hours, { watermark: input.watermark, historyStart: input.historyStart, sensitivity }),
    );
    // A metric whose fall is no incident fires nothing; an alert it had from before still resolves.
    const events = countDown ? advanced.events : advanced.events.filter((event) => event.type === 'resolved');
    return { id: metric.id, state: advanced.state, events, status: advanced.status, kinds };
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
