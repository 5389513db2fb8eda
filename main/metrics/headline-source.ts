import type { CatalogueRepository } from '../db/repositories/catalogue-repository';
import type { SeriesRepository } from '../db/repositories/series-repository';
import type { HeadlineGroup } from '../../shared/domain/metric';
import { rankHeadlines } from './headline-rule';

const HOUR = 3600;
/** How far back "busiest" looks: a week, so a weekday and a weekend weigh alike. */
const VOLUME_HOURS = 7 * 24;

/**
 * Home's headline metrics for one account, from its cache: its metrics, the flows they trigger
 * and their recent event counts, handed to the one rule. The week ends at the account's latest
 * cached hour, so an account that has not synced for a while is judged on what it last received.
 */
export function headlineGroups(deps: { catalogue: CatalogueRepository; series: SeriesRepository }, accountId: string): HeadlineGroup[] {
  const metrics = deps.catalogue.listMetrics(accountId);
  const triggers = new Set(
    deps.catalogue
      .listFlows(accountId)
      .filter((flow) => !flow.archived && !flow.gone)
      .flatMap((flow) => flow.triggerMetricIds),
  );
  const latest = Math.max(0, ...metrics.map((m) => deps.series.latestStart(accountId, m.id, 'hour') ?? 0));
  const from = latest - VOLUME_HOURS * HOUR + HOUR;
  return rankHeadlines(
    metrics.map((metric) => ({
      id: metric.id,
      name: metric.name,
      triggersFlow: triggers.has(metric.id),
      volume: latest === 0 ? 0 : deps.series.read(accountId, metric.id, 'hour', from, latest + HOUR).reduce((sum, row) => sum + row.count, 0),
    })),
  );
}
