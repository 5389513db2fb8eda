import type { AlertRecord, Transition } from '../db/repositories/alerts-repository';
import type { IncidentsRepository, StoredIncidentCost } from '../db/repositories/incidents-repository';
import type { SeriesRepository } from '../db/repositories/series-repository';
import type { MonitorState } from '../detection/monitor-types';
import type { Metric } from '../../shared/domain/metric';
import type { DiagnosisKind } from '../../shared/domain/diagnosis';
import { isoFromSeconds, secondsFromIso } from '../../shared/domain/account-time';
import { assembleIncidents, type AssemblyResult } from './incident-assembly';
import { memberCost, VALUE_BASELINE_HOURS, type MemberCost, type ValueRows } from './incident-cost';
import { riseMemberCost, valueMemberCost } from './kind-cost';
import type { ExtraKind } from '../db/repositories/monitor-states-repository';
import type { RiseState } from '../detection/rise-monitor';
import type { ValueState } from '../detection/value-monitor';
import { isOrderMetric } from './incident-views';

const HOUR = 3600;

export interface IncidentEvaluationInput {
  accountId: string;
  now: Date;
  recoveryHours: number;
  metrics: readonly Metric[];
  /** Each metric's monitor as this evaluation left it. */
  monitors: ReadonlyMap<string, MonitorState>;
  /** Each metric's value and rise monitors as this evaluation left them. */
  kindMonitors: readonly { metricId: string; kind: ExtraKind; state: ValueState | RiseState }[];
  diagnoses: readonly { kind: DiagnosisKind; metricIds: readonly string[] }[];
  /** The alert lifecycle's decisions in this evaluation. */
  upserts: ReadonlyMap<string, AlertRecord>;
  transitions: readonly Transition[];
  announce: ReadonlySet<string>;
  /** Metrics unmuted in this evaluation, with the end their mute had. */
  unmuted?: ReadonlyMap<string, string>;
  newId(): string;
}

export interface IncidentEvaluationReads {
  incidents: Pick<IncidentsRepository, 'open' | 'members' | 'unassigned'>;
  series: Pick<SeriesRepository, 'read'>;
}

/**
 * The incident step of an evaluation: reads the open incidents and the alerts no incident holds,
 * as the lifecycle just left them, and lets `assembleIncidents` group, cost, resolve and choose
 * what to announce. Costs come from the monitors (counts against predictions) and, for orders,
 * the cache's values.
 */
export function evaluateIncidents(reads: IncidentEvaluationReads, input: IncidentEvaluationInput): AssemblyResult {
  const latest = (alert: AlertRecord) => input.upserts.get(alert.id) ?? alert;
  const created = input.transitions.filter((t) => t.from === null).map((t) => input.upserts.get(t.alertId)!);
  const stored = reads.incidents.unassigned(input.accountId).map(latest);
  const known = new Set(stored.map((alert) => alert.id));
  const unassigned = [...stored, ...created.filter((alert) => !known.has(alert.id))].sort(
    (a, b) => a.start.localeCompare(b.start) || a.firedAt.localeCompare(b.firedAt) || a.id.localeCompare(b.id),
  );
  const metricsById = new Map(input.metrics.map((metric) => [metric.id, metric]));

  const valuesOf = (alert: AlertRecord, through: number): ValueRows | null => {
    const metric = metricsById.get(alert.metricId);
    if (!metric || !isOrderMetric(metric.name)) return null;
    const start = secondsFromIso(alert.start);
    const sum = (from: number, to: number) =>
      reads.series.read(input.accountId, alert.metricId, 'hour', from, to).reduce((acc, row) => ({ count: acc.count + row.count, value: acc.value + row.sumValue }), { count: 0, value: 0 });
    const baseline = sum(start - VALUE_BASELINE_HOURS * HOUR, start - HOUR);
    return { spanValue: sum(start, through - HOUR).value, baselineCount: baseline.count, baselineValue: baseline.value };
  };

  const kindStates = new Map(input.kindMonitors.map((monitor) => [`${monitor.metricId}/${monitor.kind}`, monitor.state]));
  // A value drop costs revenue at the learnt value per event; a harmful rise costs its extra events.
  const kindCost = (member: AlertRecord): MemberCost | null => {
    const state = kindStates.get(`${member.metricId}/${member.kind}`);
    if (!state) return null;
    return member.kind === 'value-down' ? valueMemberCost(member, state as ValueState) : riseMemberCost(member, state as RiseState);
  };

  const cost = (members: readonly AlertRecord[], previous: StoredIncidentCost | null, final: boolean): StoredIncidentCost => {
    const result: StoredIncidentCost = { through: previous?.through ?? members[0]!.start, final, members: { ...(previous?.members ?? {}) } };
    let through = previous ? secondsFromIso(previous.through) : 0;
    for (const member of members) {
      if (member.kind !== 'count-down') {
        const estimate = kindCost(member);
        if (!estimate) continue;
        result.members[member.id] = { missingEvents: estimate.missingEvents, missingValue: estimate.missingValue };
        through = Math.max(through, estimate.through);
        continue;
      }
      const monitor = input.monitors.get(member.metricId);
      if (!monitor) continue;
      // The span's end is known before the values are read: from the start to recovery or to the last judged hour.
      const first = memberCost(member, monitor, null);
      if (!first) continue;
      const withValues = isOrderMetric(metricsById.get(member.metricId)?.name ?? '') ? memberCost(member, monitor, valuesOf(member, first.through)) : first;
      const estimate = withValues ?? first;
      result.members[member.id] = { missingEvents: estimate.missingEvents, missingValue: estimate.missingValue };
      through = Math.max(through, estimate.through);
    }
    if (through > 0) result.through = isoFromSeconds(through);
    return result;
  };

  return assembleIncidents({
    accountId: input.accountId,
    now: input.now,
    recoveryHours: input.recoveryHours,
    metrics: metricsById,
    diagnoses: input.diagnoses,
    open: reads.incidents.open(input.accountId).map((incident) => ({ incident, members: reads.incidents.members(incident.id).map(latest) })),
    unassigned,
    announce: input.announce,
    snoozeExpired: new Set(input.transitions.filter((t) => t.reason === 'snooze-expired').map((t) => t.alertId)),
    recovered: new Set(input.transitions.filter((t) => t.reason === 'recovered').map((t) => t.alertId)),
    ...(input.unmuted ? { unmuted: input.unmuted } : {}),
    cost,
    newId: input.newId,
  });
}
