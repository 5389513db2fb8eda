import type { Db } from '../connection';

/** Each metric's detector state, stored as the JSON the detector produced. */
export interface MonitorStatesRepository {
  get(accountId: string, metricId: string): unknown;
  set(accountId: string, metricId: string, state: unknown, at: string): void;
}

export function createMonitorStatesRepository(db: Db): MonitorStatesRepository {
  const getRow = db.prepare<[string, string], { state: string }>('SELECT state FROM monitor_states WHERE account_id = ? AND metric_id = ?');
  const upsert = db.prepare<[string, string, string, string]>(`
    INSERT INTO monitor_states (account_id, metric_id, state, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (account_id, metric_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at
  `);
  return {
    get: (accountId, metricId) => {
      const row = getRow.get(accountId, metricId);
      return row ? (JSON.parse(row.state) as unknown) : null;
    },
    set: (accountId, metricId, state, at) => {
      upsert.run(accountId, metricId, JSON.stringify(state), at);
    },
  };
}
