import { isoFromSeconds, secondsFromIso } from '../../shared/domain/account-time';
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
        .read(requireAccount(accountId).id, metricId, interval, secondsFromIso(from), secondsFromIso(to))
        .map((row) => ({
          start: isoFromSeconds(row.start),
          count: row.count,
          sumValue: row.sumValue,
          unique: row.unique,
        })),
    'metrics:expected': ({ accountId, metricId, interval, from, to, measure }) =>
      services.alerts
        .expected({ accountId: requireAccount(accountId).id, metricId, interval, from: secondsFromIso(from), to: secondsFromIso(to), ...(measure ? { measure } : {}) })
        .map((point) => ({ start: isoFromSeconds(point.start), expected: point.expected })),
    'flows:list': ({ accountId }) => services.catalogue.listFlows(requireAccount(accountId).id),
  };
}
