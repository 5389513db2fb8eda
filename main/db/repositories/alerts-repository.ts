import type { Db } from '../connection';
import type { AlertState, TransitionReason } from '../../../shared/domain/alert';
import type { MonitorKind } from '../../../shared/domain/monitor-kind';

/**
 * An alert as the lifecycle sees it: one per metric episode. Defined here, with the rows that
 * store it, so the cache does not depend on the alert service above it.
 */
export interface AlertRecord {
  id: string;
  accountId: string;
  metricId: string;
  /** What was judged: the count falling, the value falling while the count holds, a harmful metric rising. */
  kind: MonitorKind;
  state: AlertState;
  start: string;
  firedAt: string;
  resolvedAt: string | null;
  expected: number;
  observed: number;
  depth: number;
  /** Chance of so few events over the span with nothing wrong, when it fired; null on older alerts. */
  probability: number | null;
  dismissedAt: string | null;
  snoozedUntil: string | null;
}

export interface Transition {
  alertId: string;
  from: AlertState | null;
  to: AlertState;
  at: string;
  reason: TransitionReason;
}

export interface AlertsRepository {
  /** Writes alerts and their transitions together. */
  apply(upserts: readonly AlertRecord[], transitions: readonly Transition[]): void;
  get(id: string): AlertRecord | undefined;
  /** The metric's latest alert of this kind that is not resolved, if any. */
  openForMetric(accountId: string, metricId: string, kind: MonitorKind): AlertRecord | undefined;
  /** Newest first; every account when `accountId` is null. */
  list(accountId: string | null, states?: readonly AlertState[]): AlertRecord[];
  /** Newest first, with the account and metric each belongs to; every account when null. */
  history(accountId: string | null, limit: number): (Transition & { accountId: string; metricId: string })[];
  snoozedUntil(accountId: string, metricId: string): string | null;
  /**
   * The snooze belongs to the metric (no new alert for it until then), the state to the alert:
   * both written in one transaction, so a failure leaves neither.
   */
  snooze(metric: { accountId: string; metricId: string; until: string }, upserts: readonly AlertRecord[], transitions: readonly Transition[]): void;
  /** No new alert for the metric until then (a metric joining a snoozed incident). */
  setSnooze(metric: { accountId: string; metricId: string; until: string }): void;
}

/** An alert's row (its incident, if any, is read through the incidents repository). */
export interface AlertRow {
  id: string;
  account_id: string;
  metric_id: string;
  kind: MonitorKind;
  state: AlertState;
  start: string;
  fired_at: string;
  resolved_at: string | null;
  expected: number;
  observed: number;
  depth: number;
  probability: number | null;
  dismissed_at: string | null;
  snoozed_until: string | null;
}

export const alertFromRow = (row: AlertRow): AlertRecord => ({
  id: row.id,
  accountId: row.account_id,
  metricId: row.metric_id,
  kind: row.kind,
  state: row.state,
  start: row.start,
  firedAt: row.fired_at,
  resolvedAt: row.resolved_at,
  expected: row.expected,
  observed: row.observed,
  depth: row.depth,
  probability: row.probability,
  dismissedAt: row.dismissed_at,
  snoozedUntil: row.snoozed_until,
});

export function createAlertsRepository(db: Db): AlertsRepository {
  const upsert = db.prepare<[string, string, string, MonitorKind, AlertState, string, string, string | null, number, number, number, number | null, string | null, string | null]>(`
    INSERT INTO alerts (id, account_id, metric_id, kind, state, start, fired_at, resolved_at, expected, observed, depth, probability, dismissed_at, snoozed_until)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET
      state = excluded.state, resolved_at = excluded.resolved_at, expected = excluded.expected,
      observed = excluded.observed, depth = excluded.depth, probability = excluded.probability, dismissed_at = excluded.dismissed_at,
      snoozed_until = excluded.snoozed_until
  `);
  const insertTransition = db.prepare<[string, AlertState | null, AlertState, string, string]>(
    'INSERT INTO alert_transitions (alert_id, from_state, to_state, at, reason) VALUES (?, ?, ?, ?, ?)',
  );
  const getRow = db.prepare<[string], AlertRow>('SELECT * FROM alerts WHERE id = ?');
  const openRow = db.prepare<[string, string, MonitorKind], AlertRow>(
    "SELECT * FROM alerts WHERE account_id = ? AND metric_id = ? AND kind = ? AND state != 'resolved' ORDER BY fired_at DESC LIMIT 1",
  );
  // `@account IS NULL` lets one statement serve one account or all of them.
  const listRows = db.prepare<[{ account: string | null }], AlertRow>(
    'SELECT * FROM alerts WHERE @account IS NULL OR account_id = @account ORDER BY fired_at DESC, id',
  );
  const transitionRows = db.prepare<
    [{ account: string | null; limit: number }],
    { alert_id: string; account_id: string; metric_id: string; from_state: AlertState | null; to_state: AlertState; at: string; reason: Transition['reason'] }
  >(`
    SELECT t.alert_id, a.account_id, a.metric_id, t.from_state, t.to_state, t.at, t.reason
    FROM alert_transitions t JOIN alerts a ON a.id = t.alert_id
    WHERE @account IS NULL OR a.account_id = @account ORDER BY t.id DESC LIMIT @limit
  `);
  const snoozeRow = db.prepare<[string, string], { until: string }>('SELECT until FROM metric_snoozes WHERE account_id = ? AND metric_id = ?');
  const upsertSnooze = db.prepare<[string, string, string]>(
    'INSERT INTO metric_snoozes (account_id, metric_id, until) VALUES (?, ?, ?) ON CONFLICT (account_id, metric_id) DO UPDATE SET until = excluded.until',
  );

  const apply = db.transaction((upserts: readonly AlertRecord[], transitions: readonly Transition[]) => {
    for (const a of upserts) {
      upsert.run(a.id, a.accountId, a.metricId, a.kind, a.state, a.start, a.firedAt, a.resolvedAt, a.expected, a.observed, a.depth, a.probability, a.dismissedAt, a.snoozedUntil);
    }
    for (const t of transitions) insertTransition.run(t.alertId, t.from, t.to, t.at, t.reason);
  });

  const snooze = db.transaction((metric: { accountId: string; metricId: string; until: string }, upserts: readonly AlertRecord[], transitions: readonly Transition[]) => {
    upsertSnooze.run(metric.accountId, metric.metricId, metric.until);
    apply(upserts, transitions);
  });

  return {
    apply: (upserts, transitions) => apply(upserts, transitions),
    get: (id) => {
      const row = getRow.get(id);
      return row ? alertFromRow(row) : undefined;
    },
    openForMetric: (accountId, metricId, kind) => {
      const row = openRow.get(accountId, metricId, kind);
      return row ? alertFromRow(row) : undefined;
    },
    list: (accountId, states) => {
      const all = listRows.all({ account: accountId }).map(alertFromRow);
      return states ? all.filter((a) => states.includes(a.state)) : all;
    },
    history: (accountId, limit) =>
      transitionRows.all({ account: accountId, limit }).map((r) => ({
        alertId: r.alert_id,
        accountId: r.account_id,
        metricId: r.metric_id,
        from: r.from_state,
        to: r.to_state,
        at: r.at,
        reason: r.reason,
      })),
    snoozedUntil: (accountId, metricId) => snoozeRow.get(accountId, metricId)?.until ?? null,
    snooze: (metric, upserts, transitions) => snooze(metric, upserts, transitions),
    setSnooze: (metric) => void upsertSnooze.run(metric.accountId, metric.metricId, metric.until),
  };
}
