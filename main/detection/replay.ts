import { runDetectionCycle } from './detection-cycle';
import { diagnosisKey } from './diagnosis';
import type { Diagnosis } from './diagnosis-types';
import type { MonitorEvent, MonitorState } from './monitor-types';
import type { KindEvent, KindHour, KindMonitor } from './kind-monitors';
import { trendCheck, type TrendNotice } from './trend-check';
import { countKindOf, sendsMetricOf, type MonitorKind } from '../../shared/domain/monitor-kind';
import type { Sensitivity } from '../../shared/domain/sensitivity';

/** One metric's hourly history, as the replay receives it. */
export interface ReplaySeries {
  metric: string;
  integration: string;
  /** Integration category when known (the CSV has none: see `integrationCategoryGuess`). */
  category: string | null;
  /** Bucket start -> count. */
  counts: ReadonlyMap<number, number>;
  /** Bucket start -> summed event value, for a metric with values (revenue). */
  values?: ReadonlyMap<number, number>;
}

export interface ReplayAlert {
  /** What was judged: the count falling, the value falling while the count holds, or a harmful metric rising. */
  kind: MonitorKind;
  metric: string;
  integration: string;
  start: number;
  firedAt: number;
  resolvedAt: number | null;
  /** Counts, or values in the account's currency for `value-down`. */
  expected: number;
  observed: number;
  /** Chance of so few (so many, for a rise) from `start` to `firedAt` with nothing wrong. */
  probability: number;
  /** For `rise-harmful`: whether the expectation came from the metric's sends (Received Email). */
  againstSends?: boolean;
}

/** A quieter notice: the metric lost a large share of its volume over weeks, with no sudden drop. */
export interface ReplayTrendNotice extends TrendNotice {
  metric: string;
  integration: string;
}

export interface ReplayResult {
  alerts: ReplayAlert[];
  /** Weekly trend checks that found a decline (once per decline, not every week it lasts). */
  notices: ReplayTrendNotice[];
  diagnoses: Diagnosis[];
}

/**
 * Replays history exactly as the app lives it: hour after hour, each metric's monitor advances by
 * the new hour (watermark = the hour's end, so nothing later is known), then the diagnosis runs
 * over all metrics. A metric joins at its first row; from then on an hour it lacks counts as zero.
 * A diagnosis is reported when it appears (again, if it went away in between). Each hour is one
 * `runDetectionCycle`, the function the app calls after every sync.
 */
export interface ReplayOptions {
  timezone: string;
  sensitivity: Sensitivity;
  /** Judge every metric by this kind; otherwise each metric's kind follows its name (and its values). */
  kind?: MonitorKind;
}

/** The kinds a series is judged by: `--kind`, or its name (a harmful metric rises) plus value-down where it has values. */
export function kindsOf(series: ReplaySeries, kind?: MonitorKind): MonitorKind[] {
  if (kind) return [kind];
  const kinds: MonitorKind[] = [countKindOf(series.metric)];
  if (series.values && series.values.size > 0) kinds.push('value-down');
  return kinds;
}

export function replay(series: readonly ReplaySeries[], options: ReplayOptions): ReplayResult {
  const firsts = series.map((s) => extreme(s.counts.keys(), Math.min));
  const last = extreme(series.map((s) => extreme(s.counts.keys(), Math.max)), Math.max);
  const first = extreme(firsts, Math.min);
  const states: (MonitorState | null)[] = series.map(() => null);
  const alerts: ReplayAlert[] = [];
  const diagnoses: Diagnosis[] = [];
  let present = new Set<string>();
  const kinds = series.map((s) => kindsOf(s, options.kind));
  const notices: ReplayTrendNotice[] = [];
  const declining = series.map(() => false);
  const monitors = series.map((s, i) => kindMonitors(s, kinds[i]!, series, options.timezone));
  // The open alert of each series and kind, for its resolution.
  const open = series.map(() => new Map<MonitorKind, ReplayAlert>());
  const record = (i: number, kind: MonitorKind, events: readonly (MonitorEvent | KindEvent)[]) => {
    for (const event of events) {
      if (event.type === 'fired') {
        const alert = firedAlert(kind, series[i]!, event);
        if (kind === 'rise-harmful') alert.againstSends = monitors[i]!.some((m) => m.kind === 'rise-harmful' && m.sends !== null);
        alerts.push(alert);
        open[i]!.set(kind, alert);
      } else {
        const alert = open[i]!.get(kind);
        if (alert) alert.resolvedAt = event.at;
        open[i]!.delete(kind);
      }
    }
  };

  for (let hour = first; hour <= last; hour += 3600) {
    const cycle = runDetectionCycle(
      series.map((s, i) => ({
        id: metricId(s),
        name: s.metric,
        integrationName: s.integration,
        integrationCategory: s.category,
        state: states[i]!,
        // A harmful metric falling is good news, and a value judged alone is not its count.
        countDown: kinds[i]!.includes('count-down'),
        kinds: monitors[i]!,
        input: hour < firsts[i]! ? null : { hours: [hourOf(s, hour)], watermark: hour + 3600 },
      })),
      { timezone: options.timezone, sensitivity: options.sensitivity, now: hour + 3600, at: hour },
    );
    cycle.metrics.forEach((result, i) => {
      states[i] = result.state;
      record(i, 'count-down', result.events);
      result.kinds.forEach((kind, k) => {
        monitors[i]![k] = { ...monitors[i]![k]!, state: kind.state } as KindMonitor;
        record(i, kind.kind, kind.events);
      });
    });
    // The trend check runs once a week, at the first hour of the local week (Monday 00:00).
    states.forEach((state, i) => {
      if (!state?.day || state.day.weekday !== 1 || hour !== state.day.start || !kinds[i]!.includes('count-down')) return;
      const notice = trendCheck(state);
      if (notice && !declining[i]) notices.push({ metric: series[i]!.metric, integration: series[i]!.integration, ...notice });
      declining[i] = notice !== null;
    });
    const now = new Set<string>();
    for (const diagnosis of cycle.diagnoses) {
      const key = diagnosisKey({ kind: diagnosis.kind, metricIds: diagnosis.evidence.metricIds });
      now.add(key);
      if (!present.has(key)) diagnoses.push(diagnosis);
    }
    present = now;
  }
  return { alerts, notices, diagnoses };
}

/** One hour of a series; its value only where the series has values for it. */
function hourOf(s: ReplaySeries, hour: number): KindHour {
  const value = s.values?.get(hour);
  return { start: hour, count: s.counts.get(hour) ?? 0, ...(value === undefined ? (s.values ? {} : { value: 0 }) : { value }) };
}

/** An open alert from any kind's firing: the one shape the replay reports. */
function firedAlert(
  kind: MonitorKind,
  s: ReplaySeries,
  event: Pick<ReplayAlert, 'start' | 'firedAt' | 'expected' | 'observed' | 'probability'>,
): ReplayAlert {
  const { start, firedAt, expected, observed, probability } = event;
  return { kind, metric: s.metric, integration: s.integration, start, firedAt, resolvedAt: null, expected, observed, probability };
}

/** The kind monitors of one series, fed by the cycle beside its count. */
function kindMonitors(s: ReplaySeries, kinds: readonly MonitorKind[], all: readonly ReplaySeries[], timezone: string): KindMonitor[] {
  const monitors: KindMonitor[] = [];
  if (kinds.includes('rise-harmful')) {
    const sendsName = sendsMetricOf(s.metric);
    monitors.push({ kind: 'rise-harmful', state: null, timezone, sends: sendsName === null ? null : sendsSeries(s, sendsName, all) });
  }
  if (kinds.includes('value-down') && s.values) monitors.push({ kind: 'value-down', state: null });
  return monitors;
}

/** The sends metric's counts: the same integration's first, else any integration's. */
function sendsSeries(s: ReplaySeries, name: string, all: readonly ReplaySeries[]): ReadonlyMap<number, number> | null {
  const named = all.filter((other) => other.metric.toLowerCase() === name.toLowerCase());
  return (named.find((other) => other.integration === s.integration) ?? named[0])?.counts ?? null;
}

export function metricId(series: Pick<ReplaySeries, 'metric' | 'integration'>): string {
  return `${series.integration}/${series.metric}`;
}

function extreme(values: Iterable<number>, pick: (a: number, b: number) => number): number {
  let result = NaN;
  for (const value of values) result = Number.isNaN(result) ? value : pick(result, value);
  return result;
}
