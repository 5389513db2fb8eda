import { describe, expect, it } from 'vitest';
import type { Alert } from '../../../shared/domain/alert';
import { createAlertNotices } from '../../../main/alerts/alert-notices';
import type { AlertRecord } from '../../../main/db/repositories/alerts-repository';
import { recordingEventSink, recordingLogger } from '../../support/fake-ports';

const record: AlertRecord = {
  id: 'alert-1',
  accountId: 'acc-1',
  metricId: 'M1',
  state: 'active',
  start: '2026-11-01T08:00:00.000Z',
  firedAt: '2026-11-01T10:00:00.000Z',
  resolvedAt: null,
  expected: 100,
  observed: 20,
  depth: 0.8,
  dismissedAt: null,
  snoozedUntil: null,
};
const figures = { fired: { observed: 20, expected: 100, percentBelow: 80, through: '2026-11-01T11:00:00.000Z' }, now: null };
const view = (alert: AlertRecord): Alert => ({ ...alert, metricName: 'Added to Cart', integrationName: 'Shopify', figures, affectedFlows: [] });

/**
 * The notices built from exactly their ports: the event sink, the logger and the view. No
 * Notifier: the operator is notified of incidents, not of each alert.
 */
function notices() {
  const events = recordingEventSink();
  return { events, notices: createAlertNotices({ events, logger: recordingLogger(), view }) };
}

describe('alert notices', () => {
  it('announces a change and each fired alert to the screens, once', () => {
    const { events, notices: told } = notices();
    told.announce({ account: { id: 'acc-1', name: 'Shop' }, changed: true, notify: [record] });
    expect(events.emitted).toEqual([
      { event: 'alerts:changed', payload: { accountId: 'acc-1' } },
      { event: 'alerts:fired', payload: { accountName: 'Shop', alert: view(record) } },
    ]);
  });

  it('says nothing when the evaluation changed nothing', () => {
    const { events, notices: told } = notices();
    told.announce({ account: { id: 'acc-1', name: 'Shop' }, changed: false, notify: [] });
    expect(events.emitted).toEqual([]);
  });
});
