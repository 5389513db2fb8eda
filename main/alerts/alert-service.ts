import type { Alert, AlertState, AlertTransition, SnoozeDays } from '../../shared/domain/alert';
import type { Diagnosis } from '../../shared/domain/diagnosis';
import { AppError } from '../../shared/domain/errors';
import type { Db } from '../db/connection';
import type { AlertsRepository } from '../db/repositories/alerts-repository';
import type { DiagnosesRepository } from '../db/repositories/diagnoses-repository';
import type { MonitorStatesRepository } from '../db/repositories/monitor-states-repository';
import type { Sensitivity } from '../../shared/domain/sensitivity';
import type { Clock, EventSink, Logger, Notifier } from '../ports';
import type { AlertCacheReads } from './alert-cache-reads';
import type { Interval } from '../../shared/domain/metric';
import { parseMonitorState } from '../detection/monitor-state-schema';
import { evaluateAccount } from './alert-evaluation';
import { expectedSeries } from './expected-series';
import type { AlertRecord } from '../db/repositories/alerts-repository';
import { dismissAlert, snoozeAlert, type LifecycleResult } from './alert-lifecycle';
import { createAlertViews } from './alert-views';

export interface AlertServiceDeps {
  db: Db;
  store: AlertCacheReads;
  alerts: AlertsRepository;
  monitors: MonitorStatesRepository;
  diagnoses: DiagnosesRepository;
  clock: Clock;
  logger: Logger;
  events: EventSink;
  notifier: Notifier;
  accounts: {
    get(id: string): { id: string; name: string; timezone: string } | undefined;
    list(): { id: string }[];
  };
  sensitivity(): Sensitivity;
  hourlyHistoryDays: number;
  newId?: () => string;
}

export interface AlertService {
  /** Runs detection on the account's freshly synced data; called after each successful sync. */
  evaluate(accountId: string): void;
  list(filter?: { accountId?: string; states?: AlertState[] }): Alert[];
  dismiss(alertId: string): Alert;
  snooze(alertId: string, days: SnoozeDays): Alert;
  history(filter?: { accountId?: string; limit?: number }): AlertTransition[];
  diagnoses(filter?: { accountId?: string }): Diagnosis[];
  /** The detector's expected count per bucket, for the chart's band. */
  expected(query: { accountId: string; metricId: string; interval: Interval; from: number; to: number }): { start: number; expected: number | null }[];
}

/**
 * The alert lifecycle as the operator meets it: evaluation after each sync (telling the Notifier
 * and the renderer once per episode), and the dismiss and snooze actions. Alerts are returned
 * with their metric's name and the flows it triggers, ready to show.
 */
export function createAlertService(deps: AlertServiceDeps): AlertService {
  const views = createAlertViews({
    store: deps.store,
    diagnoses: deps.diagnoses,
    monitors: deps.monitors,
    timezoneOf: (accountId) => deps.accounts.get(accountId)?.timezone ?? null,
    logger: deps.logger,
  });

  const requireAlert = (alertId: string): AlertRecord => {
    const alert = deps.alerts.get(alertId);
    if (!alert) throw new AppError('not-found', `No alert ${alertId}.`);
    return alert;
  };
  const changed = (accountId: string) => deps.events.emit('alerts:changed', { accountId });
  const store = (result: LifecycleResult) => deps.alerts.apply(result.upserts, result.transitions);

  return {
    evaluate(accountId) {
      const account = deps.accounts.get(accountId);
      if (!account) return;
      const result = evaluateAccount(deps, {
        account,
        sensitivity: deps.sensitivity(),
        now: deps.clock.now(),
        hourlyHistoryDays: deps.hourlyHistoryDays,
      });
      if (result.changed) changed(accountId);
      for (const record of result.notify) {
        const alert = views.alert(record);
        deps.logger.info('drop alert fired', { accountId, metricId: alert.metricId, start: alert.start });
        deps.events.emit('alerts:fired', { accountName: account.name, alert });
        deps.notifier.alertFired({
          alertId: alert.id,
          accountId,
          accountName: account.name,
          metricName: alert.metricName,
          integrationName: alert.integrationName,
          figures: alert.figures,
          start: alert.start,
        });
      }
    },

    list(filter = {}) {
      return deps.alerts.list(filter.accountId ?? null, filter.states).map(views.alert);
    },

    dismiss(alertId) {
      const alert = requireAlert(alertId);
      const result = dismissAlert(alert, deps.clock.now());
      store(result);
      return views.alert(result.upserts[0]!);
    },

    snooze(alertId, days) {
      const alert = requireAlert(alertId);
      const account = deps.accounts.get(alert.accountId);
      if (!account) throw new AppError('not-found', `No account ${alert.accountId}.`);
      const result = snoozeAlert(alert, days, account.timezone, deps.clock.now());
      // The snooze belongs to the metric (no new alert for it until then), the state to the alert.
      deps.db.transaction(() => {
        deps.alerts.setSnooze(alert.accountId, alert.metricId, result.until);
        store(result);
      })();
      return views.alert(result.upserts[0]!);
    },

    history(filter = {}) {
      return deps.alerts.history(filter.accountId ?? null, filter.limit ?? 200).map(views.transition);
    },

    expected({ accountId, metricId, interval, from, to }) {
      const account = deps.accounts.get(accountId);
      if (!account) throw new AppError('not-found', `No account ${accountId}.`);
      const state = parseMonitorState(deps.monitors.get(accountId, metricId));
      return expectedSeries(state && state.timezone === account.timezone ? state : null, interval, from, to, account.timezone);
    },

    diagnoses(filter = {}) {
      const ids = filter.accountId ? [filter.accountId] : deps.accounts.list().map((a) => a.id);
      const open: AlertState[] = ['active', 'dismissed', 'snoozed'];
      return ids.flatMap((id) => views.diagnoses(id, deps.alerts.list(id, open).map(views.alert)));
    },
  };
}
