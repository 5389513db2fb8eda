import type { Db } from '../connection';
import type { MonitorKind } from '../../../shared/domain/monitor-kind';

/** The kinds whose monitors are stored beside the count's. */
export type ExtraKind = Exclude<MonitorKind, 'count-down'>;

/**
 * Each metric's detector states, stored as the JSON the detector produced: the count's, and the
 * monitors of the other kinds judged on the same metric (its value, a harmful metric's rise).
 */
export interface MonitorStatesRepository {
  get(accountId: string, metricId: string): unknown;
  set(accountId: string, metricId: string, state: unknown, at: string): void;
  getKind(accountId: string, metricId: string, kind: ExtraKind): unknown;
  setKind(accountId: string, metricId: string, kind: ExtraKind, state: unknown, at: string): void;
}

export function createMonitorStatesRepository(db: Db): MonitorStatesRepository {
  const getRow = db.prepare<[string, string], { state: string }>('SELECT state FROM monitor_states WHERE account_id = ? AND metric_id = ?');
  const upsert = db.prepare<[string, string, string, string]>(`
    INSERT INTO monitor_states (account_id, metric_id, state, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (account_id, metric_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at
  `);
  const getKindRow = db.prepare<[string, string, string], { state: string }>(
    'SELECT state FROM kind_monitor_states WHERE account_id = ? AND metric_id = ? AND kind = ?',
  );
  const upsertKind = db.prepare<[string, string, string, string, string]>(`
    INSERT INTO kind_monitor_states (account_id, metric_id, kind, state, updated_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (account_id, metric_id, kind) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at
  `);
  return {
    get: (accountId, metricId) => {
      const row = getRow.get(accountId, metricId);
      return row ? (JSON.parse(row.state) as unknown) : null;
    },
    set: (accountId, metricId, state, at) => {
      upsert.run(accountId, metricId, JSON.stringify(state), at);
    },
    getKind: (accountId, metricId, kind) => {
      const row = getKindRow.get(accountId, metricId, kind);
      return row ? (JSON.parse(row.state) as unknown) : null;
    },
    setKind: (accountId, metricId, kind, state, at) => {
      upsertKind.run(accountId, metricId, kind, JSON.stringify(state), at);
    },
  };
}
