import { describe, expect, it } from 'vitest';
import type { Alert } from '../../../shared/domain/alert';
import { createAlertLifecycleActions } from '../../../main/alerts/alert-lifecycle-actions';
import type { AlertRecord, Transition } from '../../../main/db/repositories/alerts-repository';
import { fixedClock } from '../../support/fake-ports';

const active: AlertRecord = {
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

const view = (record: AlertRecord): Alert => ({
  ...record,
  metricName: 'Added to Cart',
  integrationName: null,
  figures: { fired: { observed: record.observed, expected: record.expected, percentBelow: 80, through: record.firedAt }, evidence: null, now: null },
  affectedFlows: [],
});

/**
 * The actions built from exactly their ports: the alert record's reads and writes, the clock, the
 * account's timezone and the view. No database and no event sink: they announce nothing.
 */
function actions(records: AlertRecord[] = [active], timezone: string | null = 'America/New_York') {
  const calls: string[] = [];
  const applied: { upserts: readonly AlertRecord[]; transitions: readonly Transition[] }[] = [];
  const snoozes: { accountId: string; metricId: string; until: string }[] = [];
  const built = createAlertLifecycleActions({
    alerts: {
      get: (id) => records.find((record) => record.id === id),
      apply: (upserts, transitions) => {
        calls.push('apply');
        applied.push({ upserts, transitions });
      },
      snooze: (metric, upserts, transitions) => {
        calls.push('snooze');
        snoozes.push(metric);
        applied.push({ upserts, transitions });
      },
    },
    clock: fixedClock('2026-11-02T12:00:00.000Z'),
    timezoneOf: () => timezone,
    view,
  });
  return { calls, applied, snoozes, actions: built };
}

describe('alert lifecycle actions', () => {
  it('dismiss is one write of the alert and its transition, and returns the alert ready to show', () => {
    const { calls, applied, actions: act } = actions();
    expect(act.dismiss('alert-1')).toMatchObject({ id: 'alert-1', state: 'dismissed', dismissedAt: '2026-11-02T12:00:00.000Z', metricName: 'Added to Cart' });
    expect(calls).toEqual(['apply']);
    expect(applied[0]?.transitions).toEqual([{ alertId: 'alert-1', from: 'active', to: 'dismissed', at: '2026-11-02T12:00:00.000Z', reason: 'dismissed' }]);
  });

  it('snooze is one write: the metric snooze and the alert state together, counted in the account zone', () => {
    const { calls, snoozes, applied, actions: act } = actions();
    // Thirty calendar days in the account's zone (New York), at the same local time of day.
    expect(act.snooze('alert-1', 30)).toMatchObject({ state: 'snoozed', snoozedUntil: '2026-12-02T12:00:00.000Z' });
    expect(calls).toEqual(['snooze']);
    expect(snoozes).toEqual([{ accountId: 'acc-1', metricId: 'M1', until: '2026-12-02T12:00:00.000Z' }]);
    expect(applied[0]?.upserts).toEqual([{ ...active, state: 'snoozed', snoozedUntil: '2026-12-02T12:00:00.000Z' }]);
  });

  it('refuses an unknown alert, an alert of a gone account, and a resolved alert, writing nothing', () => {
    const resolved = { ...active, id: 'alert-2', state: 'resolved' as const, resolvedAt: '2026-11-02T00:00:00.000Z' };
    const { calls, actions: act } = actions([active, resolved]);
    expect(() => act.dismiss('nope')).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => act.snooze('alert-2', 30)).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    expect(() => act.dismiss('alert-2')).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    expect(() => actions([active], null).actions.snooze('alert-1', 30)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(calls).toEqual([]);
  });
});
