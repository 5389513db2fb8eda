import type { Alert, AlertState, AlertTransition } from '../../shared/domain/alert';
import type { Diagnosis } from '../../shared/domain/diagnosis';
import { AppError } from '../../shared/domain/errors';
import type { AlertsRepository } from '../db/repositories/alerts-repository';
import type { MonitorStatesRepository } from '../db/repositories/monitor-states-repository';
import { parseMonitorState } from '../detection/monitor-state-schema';
import type { AlertViews } from './alert-views';
import { expectedSeries, expectedValueSeries } from './expected-series';
import { trendCheck } from '../detection/trend-check';
import { trendNoticeSchema, type TrendNotice } from '../../shared/domain/trend';
import { countKindOf } from '../../shared/domain/monitor-kind';
import { isoFromSeconds } from '../../shared/domain/account-time';
import type { Interval, Metric } from '../../shared/domain/metric';
import { parseValueState } from '../detection/kind-monitors';

export interface AlertQueriesDeps {
  alerts: Pick<AlertsRepository, 'list' | 'history'>;
  monitors: Pick<MonitorStatesRepository, 'get' | 'getKind'>;
  accounts: {
    get(id: string): { timezone: string } | undefined;
    list(): { id: string }[];
  };
  /** The account's name and metrics (a decline is told by name), for the trend notices. */
  catalogue: {
    accountName(accountId: string): string | null;
    metrics(accountId: string): readonly Pick<Metric, 'id' | 'name' | 'integrationName' | 'gone'>[];
  };
  views: AlertViews;
}

export interface AlertQueries {
  list(filter?: { accountId?: string; states?: AlertState[] }): Alert[];
  history(filter?: { accountId?: string; limit?: number }): AlertTransition[];
  diagnoses(filter?: { accountId?: string }): Diagnosis[];
  /** Metrics in a slow decline, by the weekly trend check on their count monitor. */
  trends(filter?: { accountId?: string }): TrendNotice[];
  /** The detector's expected count (or value, `measure: 'value'`) per bucket, for the chart's band. */
  expected(query: { accountId: string; metricId: string; interval: Interval; from: number; to: number; measure?: 'count' | 'value' }): { start: number; expected: number | null }[];
}

/** What the screens read about alerts: read-only, each answer ready to show. */
export function createAlertQueries(deps: AlertQueriesDeps): AlertQueries {
  const { views } = deps;
  return {
    list(filter = {}) {
      return deps.alerts.list(filter.accountId ?? null, filter.states).map(views.alert);
    },

    history(filter = {}) {
      return deps.alerts.history(filter.accountId ?? null, filter.limit ?? 200).map(views.transition);
    },

    diagnoses(filter = {}) {
      const ids = filter.accountId ? [filter.accountId] : deps.accounts.list().map((a) => a.id);
      const open: AlertState[] = ['active', 'dismissed', 'snoozed'];
      return ids.flatMap((id) => views.diagnoses(id, deps.alerts.list(id, open).map(views.alert)));
    },

    trends(filter = {}) {
      const catalogue = deps.catalogue;
      const ids = filter.accountId ? [filter.accountId] : deps.accounts.list().map((a) => a.id);
      return ids.flatMap((accountId) => {
        const account = deps.accounts.get(accountId);
        if (!account) return [];
        return catalogue.metrics(accountId).flatMap((metric): TrendNotice[] => {
          // A harmful metric falling is good news; a metric gone from the account is not declining.
          if (metric.gone || countKindOf(metric.name) !== 'count-down') return [];
          const state = parseMonitorState(deps.monitors.get(accountId, metric.id));
          const notice = state && state.timezone === account.timezone ? trendCheck(state) : null;
          if (!notice) return [];
          return [
            trendNoticeSchema.parse({
              accountId,
              accountName: catalogue.accountName(accountId) ?? accountId,
              metricId: metric.id,
              metricName: metric.name,
              integrationName: metric.integrationName,
              recentPerHour: notice.recentPerHour,
              earlierPerHour: notice.earlierPerHour,
              percentLower: Math.round((1 - notice.ratio) * 100),
              through: isoFromSeconds(notice.at + 3600),
            }),
          ];
        });
      });
    },

    expected({ accountId, metricId, interval, from, to, measure }) {
      const account = deps.accounts.get(accountId);
      if (!account) throw new AppError('not-found', `No account ${accountId}.`);
      if (measure === 'value') return expectedValueSeries(parseValueState(deps.monitors.getKind(accountId, metricId, 'value-down')), interval, from, to, account.timezone);
      const state = parseMonitorState(deps.monitors.get(accountId, metricId));
      return expectedSeries(state && state.timezone === account.timezone ? state : null, interval, from, to, account.timezone);
    },
  };
}
