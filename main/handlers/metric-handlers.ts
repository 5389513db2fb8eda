import { headlineGroups } from '../metrics/headline-source';
import { accountGetter, type HandlerGroup, type HandlerServices } from './handler-services';

/** What the cache holds of an account: metrics, their series and expectation, its flows. */
export function metricHandlers(services: Pick<HandlerServices, 'accounts' | 'catalogue' | 'series' | 'alerts'>): HandlerGroup<'metrics' | 'flows'> {
  const requireAccount = accountGetter(services.accounts);
  return {
    'metrics:list': ({ accountId }) => services.catalogue.listMetrics(requireAccount(accountId).id),
    'metrics:headlines': ({ accountId }) => headlineGroups(services, requireAccount(accountId).id),
    'metrics:series': ({ accountId, metricId, interval, from, to }) =>
      services.series
        .read(requireAccount(accountId).id, metricId, interval, Date.parse(from) / 1000, Date.parse(to) / 1000)
        .map((row) => ({
          start: new Date(row.start * 1000).toISOString(),
          count: row.count,
          sumValue: row.sumValue,
          unique: row.unique,
        })),
    'metrics:expected': ({ accountId, metricId, interval, from, to }) =>
      services.alerts
        .expected({ accountId: requireAccount(accountId).id, metricId, interval, from: Date.parse(from) / 1000, to: Date.parse(to) / 1000 })
        .map((point) => ({ start: new Date(point.start * 1000).toISOString(), expected: point.expected })),
    'flows:list': ({ accountId }) => services.catalogue.listFlows(requireAccount(accountId).id),
  };
}
