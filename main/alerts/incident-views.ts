import type { Alert } from '../../shared/domain/alert';
import {
  incidentSchema,
  type EstimateRange,
  type Incident,
  type IncidentMember,
  type IncidentMute,
  type IncidentState,
} from '../../shared/domain/incident';
import type { AlertRecord } from '../db/repositories/alerts-repository';
import type { IncidentRecord, IncidentsRepository } from '../db/repositories/incidents-repository';
import { addRanges } from './incident-cost';
import { funnelStep } from './incident-grouping';

export interface IncidentViewSources {
  incidents: Pick<IncidentsRepository, 'members' | 'events'>;
  /** A stored alert as every surface shows it (names, figures, flows). */
  alert(record: AlertRecord): Alert;
  account(id: string): { name: string; currency: string } | undefined;
  now(): Date;
}

const zero: EstimateRange = { estimate: 0, low: 0, high: 0 };
const statusRank = (status: string | null) => ({ live: 0, manual: 1 })[status ?? ''] ?? 2;

/** Whether a metric's events are orders, whose values are revenue. */
export const isOrderMetric = (name: string) => funnelStep(name) === 3;

/**
 * The member the headline names: an order metric first (what the merchant loses), then the
 * lowest step of the funnel, then the deepest drop.
 */
export function headlineMember<M extends { metricName: string; depth: number }>(members: readonly M[]): M {
  const rank = (member: M) => (isOrderMetric(member.metricName) ? 10 : (funnelStep(member.metricName) ?? -1));
  return [...members].sort((a, b) => rank(b) - rank(a) || b.depth - a.depth)[0]!;
}

export function incidentState(record: Pick<IncidentRecord, 'resolvedAt' | 'endAt'>): IncidentState {
  if (record.resolvedAt !== null) return 'resolved';
  return record.endAt === null ? 'ongoing' : 'recovering';
}

export function incidentMute(record: Pick<IncidentRecord, 'dismissedAt' | 'snoozedUntil'>, now: Date): IncidentMute {
  if (record.dismissedAt !== null) return 'dismissed';
  return record.snoozedUntil !== null && Date.parse(record.snoozedUntil) > now.getTime() ? 'snoozed' : 'none';
}

/** Stored incidents turned into what the contract returns: members with their figures, the cost, the flows, the timeline. */
export function createIncidentViews(sources: IncidentViewSources) {
  return function incidentView(record: IncidentRecord): Incident {
    const alerts = sources.incidents.members(record.id).map(sources.alert);
    const now = sources.now();
    const account = sources.account(record.accountId);
    const names = new Map(alerts.map((alert) => [alert.metricId, alert.metricName]));
    const members: IncidentMember[] = alerts.map((alert) => ({
      alertId: alert.id,
      metricId: alert.metricId,
      metricName: alert.metricName,
      integrationName: alert.integrationName,
      kind: alert.kind,
      start: alert.start,
      recoveredAt: alert.resolvedAt,
      figures: alert.figures,
      missingEvents: record.cost.members[alert.id]?.missingEvents ?? zero,
    }));
    const headline = headlineMember(alerts);
    const revenue = alerts.flatMap((alert) => {
      const value = record.cost.members[alert.id]?.missingValue;
      return isOrderMetric(alert.metricName) && value ? [value] : [];
    });
    const moved = record.diagnosisKind === 'platform-switch';
    // A flow's entries follow its trigger's count: a revenue drop or a harmful rise starves none.
    const flows = new Map(alerts.filter((alert) => alert.kind === 'count-down').flatMap((alert) => alert.affectedFlows).map((flow) => [flow.id, flow]));
    return incidentSchema.parse({
      id: record.id,
      accountId: record.accountId,
      accountName: account?.name ?? record.accountId,
      state: incidentState(record),
      mute: incidentMute(record, now),
      grouping: record.grouping,
      start: record.start,
      end: record.endAt,
      resolvedAt: record.resolvedAt,
      firedAt: record.firedAt,
      headlineMetricId: headline.metricId,
      headlineMetricName: headline.metricName,
      headlineKind: headline.kind,
      members,
      diagnosisKind: record.diagnosisKind,
      cost: {
        through: record.cost.through,
        final: record.cost.final,
        metricId: headline.metricId,
        metricName: headline.metricName,
        kind: headline.kind,
        missingEvents: record.cost.members[headline.id]?.missingEvents ?? zero,
        missingRevenue: revenue.length > 0 && !moved ? addRanges(revenue) : null,
        movedElsewhere: moved,
        currency: account?.currency ?? null,
      },
      snoozedUntil: record.snoozedUntil,
      dismissedAt: record.dismissedAt,
      affectedFlows: [...flows.values()].sort((a, b) => statusRank(a.status) - statusRank(b.status) || a.name.localeCompare(b.name)),
      readAt: record.readAt,
      timeline: sources.incidents.events(record.id).map((event) => ({
        incidentId: event.incidentId,
        at: event.at,
        kind: event.kind,
        metricName: event.metricId === null ? null : (names.get(event.metricId) ?? event.metricId),
        by: event.by,
        until: event.until,
      })),
    });
  };
}

export type IncidentView = ReturnType<typeof createIncidentViews>;
