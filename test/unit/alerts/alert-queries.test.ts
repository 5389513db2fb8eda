import { describe, expect, it } from 'vitest';
import { createAlertQueries } from '../../../main/alerts/alert-queries';
import { createAlertViews } from '../../../main/alerts/alert-views';
import type { AlertRecord } from '../../../main/db/repositories/alerts-repository';
import { recordingLogger } from '../../support/fake-ports';

const record = (id: string, accountId: string, state: AlertRecord['state']): AlertRecord => ({
  id,
  accountId,
  metricId: 'M1',
  kind: 'count-down',
  state,
  start: '2026-11-01T08:00:00.000Z',
  firedAt: '2026-11-01T10:00:00.000Z',
  resolvedAt: state === 'resolved' ? '2026-11-02T00:00:00.000Z' : null,
  expected: 100,
  observed: 20,
  depth: 0.8,
  probability: 1e-6,
  dismissedAt: null,
  snoozedUntil: null,
});
const records = [record('a1', 'acc-1', 'active'), record('a2', 'acc-1', 'resolved'), record('b1', 'acc-2', 'active')];
const metric = { accountId: 'acc-1', id: 'M1', name: 'Added to Cart', integrationName: 'Shopify', integrationCategory: 'ecommerce', created: null, updated: null, gone: false };

/**
 * The queries built from exactly their ports: reads of the alert records and the monitors, the
 * accounts and the views. Nothing that writes, emits or notifies is within their reach.
 */
function queries() {
  const accounts = [{ id: 'acc-1', timezone: 'Europe/Paris' }, { id: 'acc-2', timezone: 'UTC' }];
  const views = createAlertViews({
    store: { catalogue: { listMetrics: () => [metric], listFlows: () => [] }, series: { read: () => [] }, state: { watermarks: () => [] } },
    diagnoses: { list: () => [] },
    monitors: { get: () => null, getKind: () => null },
    timezoneOf: (id) => accounts.find((a) => a.id === id)?.timezone ?? null,
    logger: recordingLogger(),
  });
  return createAlertQueries({
    alerts: {
      list: (accountId, states) => records.filter((r) => (accountId === null || r.accountId === accountId) && (!states || states.includes(r.state))),
      history: (accountId) =>
        records
          .filter((r) => accountId === null || r.accountId === accountId)
          .map((r) => ({ alertId: r.id, accountId: r.accountId, metricId: r.metricId, from: null, to: 'active' as const, at: r.firedAt, reason: 'fired' as const })),
    },
    monitors: { get: () => null, getKind: () => null },
    accounts: { get: (id) => accounts.find((a) => a.id === id), list: () => accounts },
    catalogue: { accountName: () => null, metrics: () => [metric] },
    views,
  });
}

describe('alert queries', () => {
  it('lists alerts ready to show, filtered by account and state', () => {
    const q = queries();
    expect(q.list().map((a) => a.id)).toEqual(['a1', 'a2', 'b1']);
    expect(q.list({ accountId: 'acc-1', states: ['active'] })).toEqual([expect.objectContaining({ id: 'a1', metricName: 'Added to Cart', integrationName: 'Shopify', affectedFlows: [] })]);
  });

  it('gives the history with metric names, and diagnoses of every account when none is named', () => {
    const q = queries();
    expect(q.history({ accountId: 'acc-2' })).toEqual([
      { alertId: 'b1', accountId: 'acc-2', metricName: 'Added to Cart', from: null, to: 'active', at: '2026-11-01T10:00:00.000Z', reason: 'fired' },
    ]);
    expect(q.diagnoses()).toEqual([]);
  });

  it('has no expected band for a metric without a monitor, and refuses an unknown account', () => {
    const q = queries();
    const band = q.expected({ accountId: 'acc-2', metricId: 'M1', interval: 'hour', from: 1_700_000_000 - (1_700_000_000 % 3600), to: 1_700_000_000 - (1_700_000_000 % 3600) + 7200 });
    expect(band.map((point) => point.expected)).toEqual([null, null]);
    expect(() => q.expected({ accountId: 'nope', metricId: 'M1', interval: 'hour', from: 0, to: 3600 })).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});
