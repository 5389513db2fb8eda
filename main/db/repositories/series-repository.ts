import type { Db } from '../connection';
import type { Interval } from '../../../shared/domain/metric';

export interface SeriesRow {
  /** Bucket start, epoch seconds UTC. */
  start: number;
  count: number;
  sumValue: number;
  unique: number;
}

export interface SeriesRepository {
  /** Inserts or updates buckets; returns how many rows were actually written (unchanged ones are not). */
  upsert(accountId: string, metricId: string, interval: Interval, rows: readonly SeriesRow[], fetchedAt: number): number;
  read(accountId: string, metricId: string, interval: Interval, from: number, to: number): SeriesRow[];
  latestStart(accountId: string, metricId: string, interval: Interval): number | null;
  count(accountId?: string): number;
  pruneBefore(interval: Interval, before: number): number;
}

export function createSeriesRepository(db: Db): SeriesRepository {
  // The WHERE clause makes a re-fetch of identical values a no-op: a second sync rewrites only
  // the buckets whose counts really changed (late data), which keeps the WAL and backups small.
  const upsertRow = db.prepare<[string, string, Interval, number, number, number, number, number]>(`
    INSERT INTO series (account_id, metric_id, interval, bucket_start, count, sum_value, unique_count, fetched_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (account_id, metric_id, interval, bucket_start) DO UPDATE SET
      count = excluded.count,
      sum_value = excluded.sum_value,
      unique_count = excluded.unique_count,
      fetched_at = excluded.fetched_at
    WHERE series.count IS NOT excluded.count
       OR series.sum_value IS NOT excluded.sum_value
       OR series.unique_count IS NOT excluded.unique_count
  `);
  const readRows = db.prepare<[string, string, Interval, number, number], { start: number; count: number; sumValue: number; unique: number }>(`
    SELECT bucket_start AS start, count, sum_value AS sumValue, unique_count AS "unique"
    FROM series
    WHERE account_id = ? AND metric_id = ? AND interval = ? AND bucket_start >= ? AND bucket_start < ?
    ORDER BY bucket_start
  `);
  const latest = db.prepare<[string, string, Interval], { start: number | null }>(
    'SELECT MAX(bucket_start) AS start FROM series WHERE account_id = ? AND metric_id = ? AND interval = ?',
  );
  const countAll = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM series');
  const countAccount = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM series WHERE account_id = ?');
  const prune = db.prepare<[Interval, number]>('DELETE FROM series WHERE interval = ? AND bucket_start < ?');

  return {
    upsert(accountId, metricId, interval, rows, fetchedAt) {
      let written = 0;
      for (const row of rows) {
        written += upsertRow.run(accountId, metricId, interval, row.start, row.count, row.sumValue, row.unique, fetchedAt).changes;
      }
      return written;
    },
    read: (accountId, metricId, interval, from, to) => readRows.all(accountId, metricId, interval, from, to),
    latestStart: (accountId, metricId, interval) => latest.get(accountId, metricId, interval)?.start ?? null,
    count: (accountId) => (accountId === undefined ? countAll.get()!.n : countAccount.get(accountId)!.n),
    pruneBefore: (interval, before) => prune.run(interval, before).changes,
  };
}
