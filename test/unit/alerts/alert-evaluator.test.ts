import { describe, expect, it } from 'vitest';
import { createAlertEvaluator, type AlertEvaluatorDeps } from '../../../main/alerts/alert-evaluator';
import type { EvaluationWrites } from '../../../main/db/repositories/evaluation-writes-repository';
import type { StoredDiagnosis } from '../../../main/db/repositories/diagnoses-repository';
import { fixedClock } from '../../support/fake-ports';

const account = { id: 'acc-1', name: 'Shop', timezone: 'Europe/Paris' };
const noOrders: StoredDiagnosis = {
  kind: 'no-recent-orders',
  at: '2026-07-01T10:00:00.000Z',
  metricIds: ['M1'],
  evidence: { metricIds: ['M1'], start: null, depth: null, totalEvents: 0, lastEventAt: null },
};

/**
 * The evaluator built from exactly the ports it uses: reads of the cache, of the open alerts, the
 * monitors and the diagnoses, one write, the clock, the account and the sensitivity. No database,
 * no event sink, no notifier: the type of its deps is the proof.
 */
function evaluator(stored: StoredDiagnosis[] = []) {
  const saved: { accountId: string; writes: EvaluationWrites }[] = [];
  const deps: AlertEvaluatorDeps = {
    store: {
      catalogue: { listMetrics: () => [], listFlows: () => [] },
      series: { read: () => [] },
      state: { watermarks: () => [] },
    },
    alerts: { openForMetric: () => undefined, snoozedUntil: () => null },
    monitors: { get: () => null, getKind: () => null },
    diagnoses: { list: () => stored },
    incidents: { open: () => [], members: () => [], unassigned: () => [] },
    metricMonitors: { list: () => [] },
    writes: { save: (accountId, writes) => saved.push({ accountId, writes }) },
    clock: fixedClock('2026-07-01T12:00:00.000Z'),
    account: (id) => (id === account.id ? account : undefined),
    sensitivity: () => 'normal',
    recoveryHours: () => 2,
    hourlyHistoryDays: 60,
  };
  return { saved, evaluator: createAlertEvaluator(deps) };
}

describe('alert evaluator', () => {
  it('evaluates nothing for an account that is gone', () => {
    const { saved, evaluator: evaluate } = evaluator();
    expect(evaluate.evaluate('gone')).toBeNull();
    expect(saved).toEqual([]);
  });

  it('stores each evaluation with one write, stamped with the clock, and says nothing changed when nothing did', () => {
    const { saved, evaluator: evaluate } = evaluator();
    expect(evaluate.evaluate('acc-1')).toEqual({ account: { id: 'acc-1', name: 'Shop' }, changed: false, notify: [], notifyIncidents: [], resolvedIncidents: [] });
    expect(saved).toEqual([{ accountId: 'acc-1', writes: { monitors: [], kindMonitors: [], upserts: [], transitions: [], diagnoses: [], incidents: { incidents: [], assign: [], events: [] }, snoozes: [], at: '2026-07-01T12:00:00.000Z' } }]);
  });

  it('reports a change when a stored diagnosis no longer holds', () => {
    const { saved, evaluator: evaluate } = evaluator([noOrders]);
    expect(evaluate.evaluate('acc-1')).toMatchObject({ changed: true, notify: [] });
    expect(saved[0]?.writes.diagnoses).toEqual([]);
  });
});
