import type { Sensitivity } from '../../../shared/domain/sensitivity';
import type { Db } from '../connection';

/** One metric's stored monitor settings; null fields follow the account's defaults. */
export interface MetricMonitorRecord {
  accountId: string;
  metricId: string;
  sensitivity: Sensitivity | null;
  mutedUntil: string | null;
  minHourlyVolume: number | null;
}

export interface MetricMonitorsRepository {
  get(accountId: string, metricId: string): MetricMonitorRecord | null;
  /** Every metric of the account whose settings differ from the defaults. */
  list(accountId: string): MetricMonitorRecord[];
  /** Stores the record, or forgets it once every field is back to the default. */
  save(record: MetricMonitorRecord, at: string): void;
}

interface Row {
  account_id: string;
  metric_id: string;
  sensitivity: Sensitivity | null;
  muted_until: string | null;
  min_hourly_volume: number | null;
}

const fromRow = (row: Row): MetricMonitorRecord => ({
  accountId: row.account_id,
  metricId: row.metric_id,
  sensitivity: row.sensitivity,
  mutedUntil: row.muted_until,
  minHourlyVolume: row.min_hourly_volume,
});

export function createMetricMonitorsRepository(db: Db): MetricMonitorsRepository {
  const columns = 'account_id, metric_id, sensitivity, muted_until, min_hourly_volume';
  const getRow = db.prepare<[string, string], Row>(`SELECT ${columns} FROM metric_monitors WHERE account_id = ? AND metric_id = ?`);
  const listRows = db.prepare<[string], Row>(`SELECT ${columns} FROM metric_monitors WHERE account_id = ? ORDER BY metric_id`);
  const upsert = db.prepare<[string, string, string | null, string | null, number | null, string]>(`
    INSERT INTO metric_monitors (account_id, metric_id, sensitivity, muted_until, min_hourly_volume, updated_at) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (account_id, metric_id) DO UPDATE SET sensitivity = excluded.sensitivity, muted_until = excluded.muted_until,
      min_hourly_volume = excluded.min_hourly_volume, updated_at = excluded.updated_at
  `);
  const remove = db.prepare<[string, string]>('DELETE FROM metric_monitors WHERE account_id = ? AND metric_id = ?');
  return {
    get(accountId, metricId) {
      const row = getRow.get(accountId, metricId);
      return row ? fromRow(row) : null;
    },
    list: (accountId) => listRows.all(accountId).map(fromRow),
    save(record, at) {
      if (record.sensitivity === null && record.mutedUntil === null && record.minHourlyVolume === null) {
        remove.run(record.accountId, record.metricId);
      } else {
        upsert.run(record.accountId, record.metricId, record.sensitivity, record.mutedUntil, record.minHourlyVolume, at);
      }
    },
  };
}
