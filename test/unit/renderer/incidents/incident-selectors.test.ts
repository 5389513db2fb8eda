import { describe, expect, it } from 'vitest';
import type { Alert } from '../../../../shared/domain/alert';
import { diagnosisSchema, type Diagnosis } from '../../../../shared/domain/diagnosis';
import {
  alertsOutsideIncidents,
  flowsFocus,
  flowsLiveFirst,
  incidentDiagnosis,
  incidentHoldingMetrics,
  openUnmutedIncidents,
} from '../../../../renderer/features/incidents/incident-selectors';
import { addedToCart, incident, placedOrder } from './incident-fixtures';

const alert = (id: string, metricId: string, flows: Alert['affectedFlows'] = []): Alert => ({
  id,
  accountId: 'demo-outdoor',
  metricId,
  metricName: metricId,
  integrationName: 'Shopify',
  kind: 'count-down',
  state: 'active',
  start: '2026-11-22T12:00:00.000Z',
  firedAt: '2026-11-22T15:00:00.000Z',
  resolvedAt: null,
  expected: 40,
  observed: 10,
  depth: 0.75,
  figures: placedOrder.figures,
  dismissedAt: null,
  snoozedUntil: null,
  affectedFlows: flows,
});

const onsite = (metricIds: string[], accountId = 'demo-outdoor'): Diagnosis =>
  diagnosisSchema.parse({
    accountId,
    kind: 'onsite-tracking',
    at: '2026-11-22T16:00:00.000Z',
    metricIds,
    metricNames: metricIds,
    start: '2026-11-22T13:00:00.000Z',
    depth: 0.7,
    drops: [],
    details: { kind: 'onsite-tracking', placedOrderMetricId: 'PLACED1', platform: 'Shopify', themeSnippets: true },
    flows: [],
  });

describe('incident selectors', () => {
  it('puts on Home only the account’s open incidents nobody muted', () => {
    const shown = incident({ id: 'shown' });
    const list = [
      shown,
      incident({ id: 'recovering', state: 'recovering', end: '2026-11-22T17:00:00.000Z' }),
      incident({ id: 'resolved', state: 'resolved', end: '2026-11-22T17:00:00.000Z', resolvedAt: '2026-11-22T19:00:00.000Z' }),
      incident({ id: 'snoozed', mute: 'snoozed', snoozedUntil: '2026-12-22T00:00:00.000Z' }),
      incident({ id: 'dismissed', mute: 'dismissed', dismissedAt: '2026-11-22T18:00:00.000Z' }),
      incident({ id: 'other-account', accountId: 'acct-2' }),
    ];
    expect(openUnmutedIncidents(list, 'demo-outdoor').map((i) => i.id)).toEqual(['shown', 'recovering']);
  });

  it('finds the incident holding a diagnosis’s metrics, an open one before an ended one', () => {
    const ended = incident({ id: 'ended', state: 'resolved', end: '2026-11-21T17:00:00.000Z', resolvedAt: '2026-11-21T19:00:00.000Z' });
    const open = incident({ id: 'open', members: [addedToCart] , headlineMetricId: 'CART1' });
    expect(incidentHoldingMetrics([ended, open], 'demo-outdoor', ['CART1'])?.id).toBe('open');
    expect(incidentHoldingMetrics([ended], 'demo-outdoor', ['PLACED1'])?.id).toBe('ended');
    expect(incidentHoldingMetrics([open], 'demo-outdoor', ['VIEW1'])).toBeUndefined();
    expect(incidentHoldingMetrics([open], 'acct-2', ['CART1'])).toBeUndefined();
  });

  it('keeps a banner for an active alert that no incident holds, muted incidents included', () => {
    const muted = incident({ mute: 'dismissed', dismissedAt: '2026-11-22T18:00:00.000Z' });
    const alerts = [alert('alert-placed', 'PLACED1'), alert('alert-cart', 'CART1'), alert('alert-view', 'VIEW1')];
    expect(alertsOutsideIncidents(alerts, [muted]).map((a) => a.id)).toEqual(['alert-view']);
    expect(alertsOutsideIncidents(alerts, [])).toHaveLength(3);
  });

  it('matches the incident’s diagnosis by kind, account and a shared metric', () => {
    const grouped = incident({ diagnosisKind: 'onsite-tracking' });
    expect(incidentDiagnosis(grouped, [onsite(['VIEW1']), onsite(['CART1', 'VIEW1'])])?.metricIds).toEqual(['CART1', 'VIEW1']);
    expect(incidentDiagnosis(grouped, [onsite(['CART1'], 'acct-2')])).toBeUndefined();
    expect(incidentDiagnosis(incident(), [onsite(['CART1'])])).toBeUndefined();
  });

  it('sends "View affected flows" to the one flow, the one metric with flows, or the whole list', () => {
    const flow = { id: 'F1', name: 'Abandoned Cart', status: 'live' };
    const flow2 = { id: 'F2', name: 'Browse Abandonment', status: 'manual' };
    const alerts = [alert('alert-placed', 'PLACED1'), alert('alert-cart', 'CART1', [flow, flow2])];
    expect(flowsFocus(incident({ affectedFlows: [flow] }), alerts)).toBe('F1');
    expect(flowsFocus(incident({ affectedFlows: [flow, flow2] }), alerts)).toBe('CART1');
    const both = [alert('alert-placed', 'PLACED1', [flow2]), alert('alert-cart', 'CART1', [flow])];
    expect(flowsFocus(incident({ affectedFlows: [flow, flow2] }), both)).toBeUndefined();
  });

  it('lists live flows first, then manual ones, keeping main’s order within each', () => {
    const flows = [
      { id: 'a', name: 'A', status: 'draft' },
      { id: 'b', name: 'B', status: 'manual' },
      { id: 'c', name: 'C', status: 'live' },
      { id: 'd', name: 'D', status: null },
      { id: 'e', name: 'E', status: 'live' },
    ];
    expect(flowsLiveFirst(flows).map((flow) => flow.id)).toEqual(['c', 'e', 'b', 'a', 'd']);
  });
});
