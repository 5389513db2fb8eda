import type { Db } from '../db/connection';
import { createCatalogueRepository, type CatalogueRepository } from '../db/repositories/catalogue-repository';
import { createSeriesRepository, type SeriesRepository, type SeriesRow } from '../db/repositories/series-repository';
import { createSyncRunsRepository, type SyncRunsRepository } from '../db/repositories/sync-runs-repository';
import { createSyncStateRepository, type SyncStateRepository } from '../db/repositories/sync-state-repository';
import type { Interval } from '../../shared/domain/metric';
import { secondsFromDate } from '../../shared/domain/account-time';

/** The repositories the sync writes through, and the one write that must be atomic. */
export interface SyncCache {
  catalogue: CatalogueRepository;
  series: SeriesRepository;
  state: SyncStateRepository;
  runs: SyncRunsRepository;
  /**
   * Writes one response's buckets and moves the watermark in the same transaction: a crash
   * leaves either both or neither, so the watermark never claims rows the cache does not hold.
   */
  commitSeries(accountId: string, metricId: string, interval: Interval, rows: readonly SeriesRow[], watermark: number, at: Date): number;
}

export function createSyncCache(db: Db): SyncCache {
  const catalogue = createCatalogueRepository(db);
  const series = createSeriesRepository(db);
  const state = createSyncStateRepository(db);
  const runs = createSyncRunsRepository(db);
  const commit = db.transaction(
    (accountId: string, metricId: string, interval: Interval, rows: readonly SeriesRow[], watermark: number, at: Date) => {
      const written = series.upsert(accountId, metricId, interval, rows, secondsFromDate(at));
      state.setWatermark(accountId, metricId, interval, watermark, at.toISOString());
      return written;
    },
  );
  return {
    catalogue,
    series,
    state,
    runs,
    commitSeries: (accountId, metricId, interval, rows, watermark, at) => commit(accountId, metricId, interval, rows, watermark, at),
  };
}
