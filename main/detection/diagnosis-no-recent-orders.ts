import type { ClassifiedMetric } from './diagnosis-metrics';
import { METRIC_NAMES } from './diagnosis-platforms';
import type { Diagnosis } from './diagnosis-types';

const HOUR = 3600;
/** Before saying "none ever", have watched at least a day. */
const NONE_EVER_AFTER_HOURS = 24;
/** A metric younger than this belongs to a new account (or a new store)... */
const NEW_ACCOUNT_DAYS = 28;
/** ...whose last order is this old. */
const NONE_RECENTLY_HOURS = 72;

/**
 * §3: no Placed Order received recently: a Placed Order metric with no event ever, or a new
 * account whose orders have stopped for days. Not necessarily a fault (maybe no order yet): a test
 * order settles it. This is the one finding allowed before the two weeks of history alerts need.
 */
export function noRecentOrdersFindings(at: number, metrics: readonly ClassifiedMetric[], explained: ReadonlySet<string>): Diagnosis[] {
  const found: Diagnosis[] = [];
  for (const metric of metrics) {
    if (metric.key !== METRIC_NAMES.placedOrder || !metric.summary || explained.has(metric.integration ?? '')) continue;
    const { summary } = metric;
    const born = Math.min(metric.createdAt ?? summary.firstHour, summary.firstHour);
    const noneEver = summary.totalCount === 0 && summary.historyHours >= NONE_EVER_AFTER_HOURS;
    const isNew = at - born < NEW_ACCOUNT_DAYS * 24 * HOUR;
    const quietSince = summary.lastEventHour === null ? born : summary.lastEventHour + HOUR;
    const noneRecently = isNew && summary.historyHours >= NONE_RECENTLY_HOURS && at + HOUR - quietSince >= NONE_RECENTLY_HOURS * HOUR;
    if (!noneEver && !noneRecently) continue;
    found.push({
      kind: 'no-recent-orders',
      at,
      metrics: [metric.name],
      evidence: {
        metricIds: [metric.id],
        start: quietSince,
        depth: 1,
        totalEvents: summary.totalCount,
        lastEventAt: summary.lastEventHour,
      },
    });
  }
  return found;
}
