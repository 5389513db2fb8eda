import { randomUUID } from 'node:crypto';
import type { Metric } from '../../shared/domain/metric';
import type { AlertsRepository } from '../db/repositories/alerts-repository';
import type { DiagnosesRepository, StoredDiagnosis } from '../db/repositories/diagnoses-repository';
import type { EvaluationWritesRepository } from '../db/repositories/evaluation-writes-repository';
import type { MonitorStatesRepository } from '../db/repositories/monitor-states-repository';
import { runDetectionCycle, type CycleMetric } from '../detection/detection-cycle';
import { diagnosisKey } from '../detection/diagnosis';
import { storedDiagnosisSchema } from '../detection/diagnosis-evidence';
import type { Diagnosis } from '../detection/diagnosis-types';
import { parseMonitorState } from '../detection/monitor-state-schema';
import type { MonitorState } from '../detection/monitor-types';
import type { Sensitivity } from '../../shared/domain/sensitivity';
import type { AlertCacheReads } from './alert-cache-reads';
import type { AlertRecord, Transition } from '../db/repositories/alerts-repository';
import { expireSnooze, fireEpisode, resolveEpisode, type FiredEpisode, type LifecycleResult } from './alert-lifecycle';
import { lastHeldHour, parseRiseState, parseValueState, type KindEvent, type KindHour, type KindMonitor } from '../detection/kind-monitors';
import { countKindOf, sendsMetricOf, type MonitorKind } from '../../shared/domain/monitor-kind';
import { isoFromSeconds, secondsFromDate, secondsFromIso } from '../../shared/domain/account-time';
import type { IncidentsRepository } from '../db/repositories/incidents-repository';
import { evaluateIncidents } from './incident-evaluation';
import type { MetricMonitorRecord, MetricMonitorsRepository } from '../db/repositories/metric-monitors-repository';
import type { MonitorEvent } from '../detection/monitor-types';

const HOUR = 3600;
/**
 * Hours before a monitor's last judged hour that are read again each cycle: the sync's late-data
 * window, so counts revised by late events reach the monitor's baseline.
 */
const REVISED_HOURS = 48;

/** What an evaluation reads (the cache, the open alerts, the monitors, the diagnoses) and its one write. */
export interface AlertEvaluationDeps {
  store: AlertCacheReads;
  alerts: Pick<AlertsRepository, 'openForMetric' | 'snoozedUntil'>;
  monitors: Pick<MonitorStatesRepository, 'get' | 'getKind'>;
  diagnoses: Pick<DiagnosesRepository, 'list'>;
  incidents: Pick<IncidentsRepository, 'open' | 'members' | 'unassigned'>;
  metricMonitors: Pick<MetricMonitorsRepository, 'list'>;
  writes: EvaluationWritesRepository;
  newId?: () => string;
}

export interface EvaluationInput {
  account: { id: string; timezone: string };
  sensitivity: Sensitivity;
  now: Date;
  /** How far back the hourly cache reaches (the sync's hourly backfill), for a metric's first cycle. */
  hourlyHistoryDays: number;
  /** Hours every member of an incident must stay back to normal before it is resolved. */
  recoveryHours: number;
  /**
   * Metrics whose monitor settings just changed: judged again from the cache under the new
   * settings. Only the present is re-judged (is the metric dropping now?); past episodes keep the
   * alerts they had. A metric unmuted here maps to the end of the mute it had.
   */
  rejudge?: ReadonlyMap<string, { unmutedFrom: string | null }>;
}

export interface EvaluationResult {
  /** Alerts to tell the operator about now: one per new episode still open, or a snooze run out on a live drop. */
  notify: AlertRecord[];
  /** Incidents to tell the operator about now: one per incident, however many metrics dropped. */
  notifyIncidents: string[];
  /** Incidents that resolved now, after the operator had been told about them. */
  resolvedIncidents: string[];
  /** Whether any alert, incident or diagnosis changed. */
  changed: boolean;
}

/**
 * After a successful sync: advance each metric's monitor over the newly synced hours, diagnose
 * across the account, apply the alert lifecycle, and write monitors, alerts, transitions and
 * diagnoses in one transaction (`EvaluationWritesRepository.save`).
 */
export function evaluateAccount(deps: AlertEvaluationDeps, input: EvaluationInput): EvaluationResult {
  const { account, now } = input;
  const newId = deps.newId ?? randomUUID;
  const nowSeconds = secondsFromDate(now);
  const metrics = deps.store.catalogue.listMetrics(account.id);
  const hourly = new Map(
    deps.store.state
      .watermarks(account.id)
      .filter((w) => w.interval === 'hour')
      .map((w) => [w.metricId, w.watermark]),
  );

  const settings = new Map(deps.metricMonitors.list(account.id).map((record) => [record.metricId, record]));
  const sendsOf = sendsLookup(metrics);
  const cycleMetrics = metrics.map((metric) => cycleMetricOf(deps, input, metric, hourly.get(metric.id), settings.get(metric.id), sendsOf));
  const judged = [...hourly.values()];
  const at = (judged.length > 0 ? Math.max(...judged) : Math.floor(nowSeconds / HOUR) * HOUR) - HOUR;
  const cycle = runDetectionCycle(cycleMetrics, { timezone: account.timezone, sensitivity: input.sensitivity, now: nowSeconds, at });

  const upserts = new Map<string, AlertRecord>();
  const transitions: Transition[] = [];
  const notifyIds = new Set<string>();
  const record = (result: LifecycleResult) => {
    for (const alert of result.upserts) upserts.set(alert.id, alert);
    transitions.push(...result.transitions);
    for (const alert of result.notify) notifyIds.add(alert.id);
  };

  cycle.metrics.forEach((result, i) => {
    const metric = metrics[i]!;
    const snoozedUntil = latest(deps.alerts.snoozedUntil(account.id, metric.id), activeMute(settings.get(metric.id), now));
    const rejudged = input.rejudge?.get(metric.id);
    const unmutedFrom = rejudged?.unmutedFrom ?? null;
    // Each kind judged on the metric has its own episodes and alerts; the snooze is the metric's.
    const streams = [
      { kind: 'count-down' as const, events: result.events as readonly (MonitorEvent | KindEvent)[], dropping: result.state?.episode != null },
      ...result.kinds.map((judged) => ({ kind: judged.kind, events: judged.events, dropping: judged.state?.episode != null })),
    ];
    for (const stream of streams) {
      let open = deps.alerts.openForMetric(account.id, metric.id, stream.kind) ?? null;
      // Unmuted: a drop recorded while muted ends its mute now, so it comes back if still going on.
      if (open && unmutedFrom !== null && open.state === 'snoozed' && open.snoozedUntil === unmutedFrom) open = { ...open, snoozedUntil: now.toISOString() };
      const events = rejudged ? presentEvents(stream.events, stream.dropping, open, now) : stream.events;
      for (const event of events) {
        const step =
          event.type === 'fired'
            ? fireEpisode(open, firedEpisode(stream.kind, event), { accountId: account.id, metricId: metric.id, snoozedUntil }, newId(), now)
            : resolveEpisode(open, isoFromSeconds(event.at));
        record(step);
        open = latestOpen(step, open);
      }
      if (open) record(expireSnooze(open, stream.dropping, now));
    }
  });

  const diagnoses = cycle.diagnoses.map(storedDiagnosis);
  const previous = JSON.stringify(deps.diagnoses.list(account.id).map(diagnosisKey).sort());
  const diagnosesChanged = previous !== JSON.stringify(diagnoses.map(diagnosisKey).sort());
  const monitors = cycle.metrics.flatMap((result) => (result.state ? [{ metricId: result.id, state: result.state }] : []));
  const kindMonitors = cycle.metrics.flatMap((result) =>
    result.kinds.flatMap((judged) => (judged.state ? [{ metricId: result.id, kind: judged.kind, state: judged.state }] : [])),
  );
  const incidents = evaluateIncidents(
    { incidents: deps.incidents, series: deps.store.series },
    {
      accountId: account.id,
      now,
      recoveryHours: input.recoveryHours,
      metrics,
      monitors: new Map(monitors.map((monitor) => [monitor.metricId, monitor.state])),
      kindMonitors,
      diagnoses,
      upserts,
      transitions,
      announce: notifyIds,
      unmuted: unmutedMetrics(input.rejudge),
      newId,
    },
  );
  for (const alert of incidents.upserts) upserts.set(alert.id, alert);
  transitions.push(...incidents.transitions);
  deps.writes.save(account.id, {
    monitors,
    kindMonitors,
    upserts: [...upserts.values()],
    transitions,
    diagnoses,
    incidents: incidents.writes,
    snoozes: incidents.snoozes,
    at: now.toISOString(),
  });

  // An episode that began and ended within this evaluation (history caught up on a first sync)
  // is recorded but not announced: only drops still under way are news.
  const notify = [...notifyIds].map((id) => upserts.get(id)!).filter((alert) => alert.state === 'active');
  const incidentsChanged = incidents.writes.events.length > 0 || incidents.writes.assign.length > 0 || incidents.costChanged;
  return {
    notify,
    notifyIncidents: incidents.notify,
    resolvedIncidents: incidents.resolved,
    changed: transitions.length > 0 || diagnosesChanged || upserts.size > 0 || incidentsChanged,
  };
}

/**
 * A re-judged metric's replay from the cache, reduced to the present: a drop under way with no
 * open alert fires one; an open alert on a metric the new settings see no drop on resolves; every
 * episode already over is history, left as the alerts recorded it.
 */
function presentEvents<E extends MonitorEvent | KindEvent>(events: readonly E[], dropping: boolean, open: AlertRecord | null, now: Date): (E | { type: 'resolved'; at: number })[] {
  if (dropping) {
    const current = events.findLast((event) => event.type === 'fired');
    return open || !current ? [] : [current];
  }
  return open ? [{ type: 'resolved', at: secondsFromDate(now) }] : [];
}

/**
 * The sends metric a harmful metric is judged against (Received Email for Bounced Email): the
 * same integration's first, else any that is not gone; null when the account has none.
 */
function sendsLookup(metrics: readonly Metric[]): (metric: Metric) => Metric | null {
  return (metric) => {
    const name = sendsMetricOf(metric.name)?.toLowerCase();
    if (name === undefined) return null;
    const named = metrics.filter((other) => !other.gone && other.name.trim().toLowerCase() === name);
    return named.find((other) => other.integrationName === metric.integrationName) ?? named[0] ?? null;
  };
}

/** A fired event of any kind, as the alert records it (depth: the share of the expected missing). */
function firedEpisode(kind: MonitorKind, event: Extract<MonitorEvent | KindEvent, { type: 'fired' }>): FiredEpisode {
  const depth = event.expected > 0 ? 1 - event.observed / event.expected : 0;
  return {
    kind,
    start: isoFromSeconds(event.start),
    firedAt: isoFromSeconds(event.firedAt),
    expected: event.expected,
    observed: event.observed,
    depth: 'depth' in event ? event.depth : Math.round(depth * 1e4) / 1e4,
    probability: event.probability,
  };
}

/** The re-judged metrics that were unmuted, each with the end its mute had. */
function unmutedMetrics(rejudge: EvaluationInput['rejudge']): Map<string, string> {
  const unmuted = new Map<string, string>();
  for (const [metricId, { unmutedFrom }] of rejudge ?? []) if (unmutedFrom !== null) unmuted.set(metricId, unmutedFrom);
  return unmuted;
}

function latest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

function activeMute(settings: MetricMonitorRecord | undefined, now: Date): string | null {
  const until = settings?.mutedUntil ?? null;
  return until !== null && Date.parse(until) > now.getTime() ? until : null;
}

function cycleMetricOf(
  deps: AlertEvaluationDeps,
  input: EvaluationInput,
  metric: Metric,
  watermark: number | undefined,
  settings: MetricMonitorRecord | undefined,
  sendsOf: (metric: Metric) => Metric | null,
): CycleMetric {
  // A metric re-judged under new settings starts again from the cache, as on its first cycle.
  const rejudged = input.rejudge?.has(metric.id) ?? false;
  const stored = rejudged ? null : parseMonitorState(deps.monitors.get(input.account.id, metric.id));
  const state: MonitorState | null = stored && stored.timezone === input.account.timezone ? stored : null;
  const base = {
    id: metric.id,
    sensitivity: settings?.sensitivity ?? null,
    minHourlyVolume: settings?.minHourlyVolume ?? null,
    name: metric.name,
    integrationName: metric.integrationName,
    integrationCategory: metric.integrationCategory,
    createdAt: metric.created ? Math.floor(secondsFromIso(metric.created)) : null,
    state,
  };
  const storedValue = rejudged ? null : parseValueState(deps.monitors.getKind(input.account.id, metric.id, 'value-down'));
  const storedRise = rejudged ? null : parseRiseState(deps.monitors.getKind(input.account.id, metric.id, 'rise-harmful'));
  if (watermark === undefined || metric.gone) {
    const kinds: KindMonitor[] = [];
    if (storedValue) kinds.push({ kind: 'value-down', state: storedValue });
    if (storedRise) kinds.push({ kind: 'rise-harmful', state: storedRise, timezone: input.account.timezone, sends: null });
    return { ...base, kinds, input: null };
  }
  // A first cycle starts at the metric's creation, or at the start of the hourly cache if it is
  // older: the API reports empty hours before a metric existed, and judging those zeros as
  // history would make a new metric look long established. Zero hours from creation on do count,
  // so a store whose Placed Order never received an event is still noticed.
  const historyFloor = watermark - input.hourlyHistoryDays * 24 * HOUR;
  const firstHour = Math.max(base.createdAt ?? historyFloor, historyFloor);
  const historyStart = state ? undefined : firstHour;
  const from = state ? Math.max(state.firstHour, state.nextHour - REVISED_HOURS * HOUR) : historyStart!;
  const read = (metricId: string, start: number): KindHour[] =>
    deps.store.series.read(input.account.id, metricId, 'hour', start, watermark).map((row) => ({ start: row.start, count: row.count, value: row.sumValue }));
  const hours = read(metric.id, from);
  // A kind added to a metric whose count is already followed learns from the whole cache.
  const backfill = (stored: unknown) => (state && !stored ? { backfill: { hours: read(metric.id, firstHour), from: firstHour } } : {});
  const kinds: KindMonitor[] = [];
  if (countKindOf(metric.name) === 'rise-harmful') {
    const sends = sendsOf(metric);
    const held = storedRise ? lastHeldHour(storedRise.hours) : null;
    const sendsFrom = held === null ? firstHour : Math.min(from, held + HOUR);
    kinds.push({
      kind: 'rise-harmful',
      state: storedRise,
      timezone: input.account.timezone,
      sends: sends ? new Map(read(sends.id, sendsFrom).map((hour) => [hour.start, hour.count])) : null,
      ...backfill(storedRise),
    });
  }
  // Any metric with values (the revenue of Placed Order, a product's price) is judged on them too,
  // from the first cycle whose hours carry a value.
  if (storedValue !== null || hours.some((hour) => (hour.value ?? 0) > 0)) kinds.push({ kind: 'value-down', state: storedValue, ...backfill(storedValue) });
  return { ...base, kinds, input: { hours, watermark, historyStart } };
}

function latestOpen(step: LifecycleResult, open: AlertRecord | null): AlertRecord | null {
  let current = open;
  for (const alert of step.upserts) {
    if (alert.state === 'resolved') {
      if (current?.id === alert.id) current = null;
    } else {
      current = alert;
    }
  }
  return current;
}

/** Parsed on the way in too: only evidence of the finding's own kind reaches the cache. */
function storedDiagnosis(diagnosis: Diagnosis): StoredDiagnosis {
  return storedDiagnosisSchema.parse({
    kind: diagnosis.kind,
    at: isoFromSeconds(diagnosis.at),
    metricIds: [...diagnosis.evidence.metricIds],
    evidence: diagnosis.evidence,
  });
}
