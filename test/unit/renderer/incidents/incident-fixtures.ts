import { incidentSchema, type Incident, type IncidentMember } from '../../../../shared/domain/incident';

/**
 * An incident as main would send it, checked against the contract's schema: Placed Order and
 * Added to Cart from Shopify dropping together in the demo account (New York), still under way.
 * 12:00 UTC on 22 November 2026 is 7 a.m. in New York.
 */
export const placedOrder: IncidentMember = {
  alertId: 'alert-placed',
  metricId: 'PLACED1',
  metricName: 'Placed Order',
  integrationName: 'Shopify',
  kind: 'count-down',
  start: '2026-11-22T12:00:00.000Z',
  recoveredAt: null,
  figures: {
    fired: { observed: 10, expected: 40, percentBelow: 75, through: '2026-11-22T15:00:00.000Z' }, evidence: null,
    now: { observed: 20, expected: 80, percentBelow: 75, through: '2026-11-22T18:00:00.000Z' },
  },
  missingEvents: { estimate: 60.4, low: 41.2, high: 79.9 },
};

export const addedToCart: IncidentMember = {
  alertId: 'alert-cart',
  metricId: 'CART1',
  metricName: 'Added to Cart',
  integrationName: 'Shopify',
  kind: 'count-down',
  start: '2026-11-22T13:00:00.000Z',
  recoveredAt: null,
  figures: {
    fired: { observed: 50, expected: 200, percentBelow: 75, through: '2026-11-22T16:00:00.000Z' }, evidence: null,
    now: null,
  },
  missingEvents: { estimate: 300, low: 250, high: 350 },
};

export function incident(overrides: Partial<Incident> = {}): Incident {
  return incidentSchema.parse({
    id: 'inc-1',
    accountId: 'demo-outdoor',
    accountName: 'Outdoor Co',
    state: 'ongoing',
    mute: 'none',
    grouping: 'integration',
    start: '2026-11-22T12:00:00.000Z',
    end: null,
    resolvedAt: null,
    firedAt: '2026-11-22T15:05:00.000Z',
    headlineMetricId: 'PLACED1',
    headlineMetricName: 'Placed Order',
    headlineKind: 'count-down',
    members: [addedToCart, placedOrder],
    diagnosisKind: null,
    cost: {
      through: '2026-11-22T18:00:00.000Z',
      final: false,
      metricId: 'PLACED1',
      metricName: 'Placed Order',
      missingEvents: { estimate: 60.4, low: 41.2, high: 79.9 },
      missingRevenue: { estimate: 5400.37, low: 3999.6, high: 6800 },
      movedElsewhere: false,
      currency: 'USD',
    },
    snoozedUntil: null,
    dismissedAt: null,
    affectedFlows: [],
    readAt: null,
    timeline: [],
    ...overrides,
  });
}
