import { incidentSchema, type Incident, type IncidentMember } from '../../shared/domain/incident';

/** One member, Shopify's unless told; its figures: 30 of 100 expected when it fired, 70% below. */
export function member(metricName: string, overrides: Partial<IncidentMember> = {}): IncidentMember {
  return {
    alertId: `alert-${metricName.toLowerCase().replaceAll(' ', '-')}`,
    metricId: `metric-${metricName.toLowerCase().replaceAll(' ', '-')}`,
    kind: 'count-down' as const,
    metricName,
    integrationName: 'Shopify',
    start: '2026-11-22T11:00:00.000Z',
    recoveredAt: null,
    figures: { now: null, fired: { observed: 30, expected: 100, percentBelow: 70, through: '2026-11-22T13:00:00.000Z' }, evidence: null },
    missingEvents: { estimate: 40, low: 30, high: 50 },
    ...overrides,
  };
}

/**
 * An ongoing incident of Demo Outdoor Co. headed by Placed Order (Shopify), which began at 11:00
 * UTC on 22 November, checked against the contract's schema so it is one the backend could send.
 */
export function incident(overrides: Partial<Incident> = {}): Incident {
  const members = overrides.members ?? [member('Placed Order')];
  const headline = members[0]!;
  return incidentSchema.parse({
    id: 'inc-1',
    accountId: 'demo-outdoor',
    accountName: 'Demo Outdoor Co.',
    state: 'ongoing',
    mute: 'none',
    grouping: members.length > 1 ? 'integration' : 'single',
    start: '2026-11-22T11:00:00.000Z',
    end: null,
    resolvedAt: null,
    firedAt: '2026-11-22T14:05:00.000Z',
    headlineMetricId: headline.metricId,
    headlineMetricName: headline.metricName,
    headlineKind: headline.kind,
    members,
    diagnosisKind: null,
    cost: {
      through: '2026-11-22T14:00:00.000Z',
      final: false,
      metricId: headline.metricId,
      metricName: headline.metricName,
      missingEvents: { estimate: 41.2, low: 30, high: 52 },
      missingRevenue: { estimate: 2_312.5, low: 1_700, high: 2_900 },
      movedElsewhere: false,
      currency: 'EUR',
    },
    snoozedUntil: null,
    dismissedAt: null,
    affectedFlows: [],
    readAt: null,
    timeline: [],
    ...overrides,
  });
}

/**
 * The same incident once resolved: down from 11:00 to 14:20 (3 h 20 min), about 41 orders and
 * €2,312.50 missed.
 */
export function resolvedIncident(overrides: Partial<Incident> = {}): Incident {
  const ongoing = incident(overrides);
  return incident({
    state: 'resolved',
    end: '2026-11-22T14:20:00.000Z',
    resolvedAt: '2026-11-22T16:20:00.000Z',
    ...overrides,
    cost: { ...ongoing.cost, through: '2026-11-22T15:00:00.000Z', final: true, ...overrides.cost },
  });
}

