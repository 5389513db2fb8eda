import type { CatalogueRepository } from '../db/repositories/catalogue-repository';
import type { SeriesRepository } from '../db/repositories/series-repository';
import type { SyncStateRepository } from '../db/repositories/sync-state-repository';

/**
 * What alerts read from the cache the sync fills: the catalogue, the series and the watermarks.
 * Alerts name their own narrow need over the repositories instead of importing the sync's store,
 * their sibling on the same floor; the composition hands them the sync's store, which fits.
 */
export interface AlertCacheReads {
  catalogue: Pick<CatalogueRepository, 'listMetrics' | 'listFlows'>;
  series: Pick<SeriesRepository, 'read'>;
  state: Pick<SyncStateRepository, 'watermarks'>;
}
