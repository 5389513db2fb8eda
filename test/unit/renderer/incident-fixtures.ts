import { incidentSchema, type Incident, type IncidentEvent, type IncidentMember } from '../../../shared/domain/incident';

/** A member metric of an incident, still down unless `recoveredAt` says otherwise. */
export function member(metricId: string, patch: Partial<IncidentMember> = {}): IncidentMember {
  return {
    alertId: `alert-${metricId}`,
    metricId,
    metricName: metricId,
    integrationName: null,
    kind: 'count-down',
    start: '2026-11-22T07:00:00.000Z',
    recoveredAt: null,
    figures: { now: null, fired: { observed: 2, expected: 10, percentBelow: 80, through: '2026-11-22T12:00:00.000Z' }, evidence: null },
    missingEvents: { estimate: 40, low: 30, high: 55 },
    ...patch,
  };
}

/** A timeline line of the incident `id`, by the detector unless told. */
export function event(id: string, at: string, kind: IncidentEvent['kind'], patch: Partial<IncidentEvent> = {}): IncidentEvent {
  return { incidentId: id, at, kind, metricName: null, by: 'detector', until: null, ...patch };
}

/**
 * An incident as `alerts:overview` answers it: parsed with the contract's own schema, so a fixture
 * that drifts from the contract fails here rather than passing a test it should not.
 */
export function incident(id: string, patch: Partial<Incident> = {}): Incident {
  const members = patch.members ?? [member(`${id}-metric`)];
  return incidentSchema.parse({
    id,
    accountId: 'shop',
    accountName: 'Outdoor Shop',
    state: 'ongoing',
    mute: 'none',
    grouping: members.length > 1 ? 'integration' : 'single',
    start: '2026-11-22T07:00:00.000Z',
    end: null,
    resolvedAt: null,
    firedAt: '2026-11-22T11:00:00.000Z',
    headlineMetricId: members[0]!.metricId,
    headlineMetricName: members[0]!.metricName,
    headlineKind: 'count-down',
    members,
    diagnosisKind: null,
    cost: {
      through: '2026-11-22T12:00:00.000Z',
      final: false,
      metricId: members[0]!.metricId,
      metricName: members[0]!.metricName,
      missingEvents: { estimate: 40, low: 30, high: 55 },
      missingRevenue: null,
      movedElsewhere: false,
      currency: null,
    },
    snoozedUntil: null,
    dismissedAt: null,
    affectedFlows: [],
    readAt: null,
    timeline: [event(id, '2026-11-22T11:00:00.000Z', 'fired', { metricName: members[0]!.metricName })],
    ...patch,
  });
}
