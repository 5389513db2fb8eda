import { runDetectionCycle } from './detection-cycle';
import { diagnosisKey } from './diagnosis';
import type { Diagnosis } from './diagnosis-types';
import type { MonitorState } from './monitor-types';
import type { Sensitivity } from '../../shared/domain/sensitivity';

/** One metric's hourly history, as the replay receives it. */
export interface ReplaySeries {
  metric: string;
  integration: string;
  /** Integration category when known (the CSV has none: see `integrationCategoryGuess`). */
  category: string | null;
  /** Bucket start -> count. */
  counts: ReadonlyMap<number, number>;
}

export interface ReplayAlert {
  metric: string;
  integration: string;
  start: number;
  firedAt: number;
  resolvedAt: number | null;
  expected: number;
  observed: number;
  /** Chance of so few events from `start` to `firedAt` with nothing wrong. */
  probability: number;
}

export interface ReplayResult {
  alerts: ReplayAlert[];
  diagnoses: Diagnosis[];
}

/**
 * Replays history exactly as the app lives it: hour after hour, each metric's monitor advances by
 * the new hour (watermark = the hour's end, so nothing later is known), then the diagnosis runs
 * over all metrics. A metric joins at its first row; from then on an hour it lacks counts as zero.
 * A diagnosis is reported when it appears (again, if it went away in between). Each hour is one
 * `runDetectionCycle`, the function the app calls after every sync.
 */
export function replay(series: readonly ReplaySeries[], options: { timezone: string; sensitivity: Sensitivity }): ReplayResult {
  const firsts = series.map((s) => extreme(s.counts.keys(), Math.min));
  const last = extreme(series.map((s) => extreme(s.counts.keys(), Math.max)), Math.max);
  const first = extreme(firsts, Math.min);
  const states: (MonitorState | null)[] = series.map(() => null);
  const open: (ReplayAlert | null)[] = series.map(() => null);
  const alerts: ReplayAlert[] = [];
  const diagnoses: Diagnosis[] = [];
  let present = new Set<string>();

  for (let hour = first; hour <= last; hour += 3600) {
    const cycle = runDetectionCycle(
      series.map((s, i) => ({
        id: metricId(s),
        name: s.metric,
        integrationName: s.integration,
        integrationCategory: s.category,
        state: states[i]!,
        input: hour < firsts[i]! ? null : { hours: [{ start: hour, count: s.counts.get(hour) ?? 0 }], watermark: hour + 3600 },
      })),
      { timezone: options.timezone, sensitivity: options.sensitivity, now: hour + 3600, at: hour },
    );
    cycle.metrics.forEach((result, i) => {
      states[i] = result.state;
      const s = series[i]!;
      for (const event of result.events) {
        if (event.type === 'fired') {
          const alert: ReplayAlert = {
            metric: s.metric,
            integration: s.integration,
            start: event.start,
            firedAt: event.firedAt,
            resolvedAt: null,
            expected: event.expected,
            observed: event.observed,
            probability: event.probability,
          };
          alerts.push(alert);
          open[i] = alert;
        } else if (open[i]) {
          open[i]!.resolvedAt = event.at;
          open[i] = null;
        }
      }
    });
    const now = new Set<string>();
    for (const diagnosis of cycle.diagnoses) {
      const key = diagnosisKey({ kind: diagnosis.kind, metricIds: diagnosis.evidence.metricIds });
      now.add(key);
      if (!present.has(key)) diagnoses.push(diagnosis);
    }
    present = now;
  }
  return { alerts, diagnoses };
}

export function metricId(series: Pick<ReplaySeries, 'metric' | 'integration'>): string {
  return `${series.integration}/${series.metric}`;
}

function extreme(values: Iterable<number>, pick: (a: number, b: number) => number): number {
  let result = NaN;
  for (const value of values) result = Number.isNaN(result) ? value : pick(result, value);
  return result;
}
