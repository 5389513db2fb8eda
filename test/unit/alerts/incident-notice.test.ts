import { describe, expect, it } from 'vitest';
import { incidentNotice } from '../../../main/alerts/incident-notice';
import { incident, member, resolvedIncident } from '../../support/incident-for-notices';

describe('incident notice', () => {
  it('carries what the words need: the headline member figures and integration, every member once, the cost and currency', () => {
    const checkout = member('Started Checkout', { integrationName: 'Shopify', figures: { now: null, fired: { observed: 10, expected: 100, percentBelow: 90, through: '2026-11-22T13:00:00.000Z' }, evidence: null } });
    const placed = member('Placed Order', { integrationName: 'Shopify Payments' });
    const value = incident({ members: [checkout, placed, member('Added to Cart')], headlineMetricId: placed.metricId, headlineMetricName: 'Placed Order' });
    expect(incidentNotice(value)).toEqual({
      incidentId: 'inc-1',
      accountId: 'demo-outdoor',
      accountName: 'Demo Outdoor Co.',
      headlineMetricName: 'Placed Order',
      integrationName: 'Shopify Payments',
      kind: 'count-down',
      memberMetricNames: ['Placed Order', 'Started Checkout', 'Added to Cart'],
      figures: placed.figures,
      start: '2026-11-22T11:00:00.000Z',
      end: null,
      cost: value.cost,
      currency: 'EUR',
    });
  });

  it('names a metric once when two of its members share the name (one per integration)', () => {
    const value = incident({ members: [member('Placed Order'), member('Placed Order', { metricId: 'metric-bigcommerce-placed-order', integrationName: 'BigCommerce' })] });
    expect(incidentNotice(value).memberMetricNames).toEqual(['Placed Order']);
  });

  it('carries the end of a resolved incident and its final cost', () => {
    const value = resolvedIncident();
    expect(incidentNotice(value)).toMatchObject({ end: '2026-11-22T14:20:00.000Z', cost: { final: true, through: '2026-11-22T15:00:00.000Z' } });
  });
});
