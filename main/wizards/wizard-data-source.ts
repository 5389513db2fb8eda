import type { AlertService } from '../alerts/alert-service';
import type { SyncCache } from '../sync/sync-cache';
import type { Clock } from '../ports';
import type { WizardData } from './wizard-data';
import { secondsFromDate } from '../../shared/domain/account-time';

const DAY_SECONDS = 86_400;

/** Reads one account's cache into the snapshot the automatic checks work on. */
export function createWizardDataSource(deps: {
  cache: SyncCache;
  alerts: AlertService;
  clock: Clock;
  account(id: string): { id: string; name: string; timezone: string; kind: 'demo' | 'real' } | undefined;
}): (accountId: string) => WizardData | null {
  return (accountId) => {
    const account = deps.account(accountId);
    if (!account) return null;
    const now = secondsFromDate(deps.clock.now());
    const counts = new Map<string, number | null>();
    return {
      account: { id: account.id, name: account.name, timezone: account.timezone, kind: account.kind },
      metrics: deps.cache.catalogue.listMetrics(accountId),
      flows: deps.cache.catalogue.listFlows(accountId),
      alerts: deps.alerts.list({ accountId, states: ['active'] }),
      alertById: (alertId) => deps.alerts.list({ accountId }).find((alert) => alert.id === alertId),
      diagnoses: deps.alerts.diagnoses({ accountId }),
      recentCount(metricId) {
        if (!counts.has(metricId)) {
          const rows = deps.cache.series.read(accountId, metricId, 'hour', now - DAY_SECONDS, now);
          counts.set(metricId, rows.length === 0 ? null : rows.reduce((sum, row) => sum + row.count, 0));
        }
        return counts.get(metricId) ?? null;
      },
      dailyCount(metricId, start) {
        const row = deps.cache.series.read(accountId, metricId, 'day', start, start + 1)[0];
        return row && row.start === start ? row.count : null;
      },
      hourlySum(metricId, from, to) {
        const rows = deps.cache.series.read(accountId, metricId, 'hour', from, to);
        return rows.length === Math.round((to - from) / 3600) ? rows.reduce((sum, row) => sum + row.count, 0) : null;
      },
    };
  };
}
