import { describe, expect, it } from 'vitest';
import type { Alert } from '../../../shared/domain/alert';
import { createAlertNotices } from '../../../main/alerts/alert-notices';
import type { AlertRecord } from '../../../main/db/repositories/alerts-repository';
import { recordingEventSink, recordingLogger, recordingNotifier } from '../../support/fake-ports';
import { incident, resolvedIncident } from '../../support/incident-for-notices';
import { incidentNotice } from '../../../main/alerts/incident-notice';

const record: AlertRecord = {
  id: 'alert-1',
  accountId: 'acc-1',
  metricId: 'M1',
  kind: 'count-down',
  state: 'active',
  start: '2026-11-01T08:00:00.000Z',
  firedAt: '2026-11-01T10:00:00.000Z',
  resolvedAt: null,
  expected: 100,
  observed: 20,
  depth: 0.8,
  probability: 1e-6,
  dismissedAt: null,
  snoozedUntil: null,
};
const figures = { fired: { observed: 20, expected: 100, percentBelow: 80, through: '2026-11-01T11:00:00.000Z' }, evidence: null, now: null };
const view = (alert: AlertRecord): Alert => ({ ...alert, metricName: 'Added to Cart', integrationName: 'Shopify', figures, affectedFlows: [] });

/** The notices built from exactly their ports: the event sink, the Notifier, the logger, the views and the setting. */
function notices(recovery = true) {
  const events = recordingEventSink();
  const notifier = recordingNotifier();
  const known = new Map([
    [fired.id, fired],
    [over.id, over],
  ]);
  const told = createAlertNotices({ events, notifier, logger: recordingLogger(), view, incident: (id) => known.get(id) ?? null, notifyOnRecovery: () => recovery });
  return { events, notifier, notices: told };
}

const fired = incident({ id: 'inc-1' });
const over = resolvedIncident({ id: 'inc-2' });

describe('alert notices', () => {
  it('announces a change and each fired alert to the screens; the Notifier hears of incidents only', () => {
    const { events, notifier, notices: told } = notices();
    told.announce({ account: { id: 'acc-1', name: 'Shop' }, changed: true, notify: [record], notifyIncidents: [], resolvedIncidents: [] });
    expect(events.emitted).toEqual([
      { event: 'alerts:changed', payload: { accountId: 'acc-1' } },
      { event: 'alerts:fired', payload: { accountName: 'Shop', alert: view(record) } },
    ]);
    expect(notifier.fired).toEqual([]);
  });

  it('tells the operator once per incident, and of its end when recovery notices are on', () => {
    const { events, notifier, notices: told } = notices();
    told.announce({ account: { id: 'acc-1', name: 'Shop' }, changed: true, notify: [], notifyIncidents: ['inc-1', 'gone'], resolvedIncidents: ['inc-2'] });
    expect(notifier.fired).toEqual([incidentNotice(fired)]);
    expect(notifier.resolved).toEqual([incidentNotice(over)]);
    expect(events.emitted.map((e) => e.event)).toEqual(['alerts:changed', 'incidents:fired', 'incidents:resolved']);
    const quiet = notices(false);
    quiet.notices.announce({ account: { id: 'acc-1', name: 'Shop' }, changed: true, notify: [], notifyIncidents: [], resolvedIncidents: ['inc-2'] });
    // The screens still learn it is over; the operator asked not to be told.
    expect(quiet.notifier.resolved).toEqual([]);
    expect(quiet.events.emitted.map((e) => e.event)).toEqual(['alerts:changed', 'incidents:resolved']);
  });

  it('says nothing when the evaluation changed nothing', () => {
    const { events, notifier, notices: told } = notices();
    told.announce({ account: { id: 'acc-1', name: 'Shop' }, changed: false, notify: [], notifyIncidents: [], resolvedIncidents: [] });
    expect(events.emitted).toEqual([]);
    expect(notifier.fired).toEqual([]);
  });
});
