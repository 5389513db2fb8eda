import type { Alert, SnoozeDays } from '../../shared/domain/alert';
import { AppError } from '../../shared/domain/errors';
import type { AlertRecord, AlertsRepository } from '../db/repositories/alerts-repository';
import type { Clock } from '../ports';
import { dismissAlert, snoozeAlert } from './alert-lifecycle';

export interface AlertLifecycleActionsDeps {
  alerts: Pick<AlertsRepository, 'get' | 'apply' | 'snooze'>;
  clock: Clock;
  /** The account's timezone, in which a snooze counts its calendar days. */
  timezoneOf(accountId: string): string | null;
  /** A stored alert as every surface shows it. */
  view(record: AlertRecord): Alert;
}

export interface AlertLifecycleActions {
  dismiss(alertId: string): Alert;
  snooze(alertId: string, days: SnoozeDays): Alert;
}

/**
 * The operator's actions on an alert: one repository write each. Neither emits `alerts:changed`:
 * telling the screens that a call changed something is the bridge's job.
 */
export function createAlertLifecycleActions(deps: AlertLifecycleActionsDeps): AlertLifecycleActions {
  const requireAlert = (alertId: string): AlertRecord => {
    const alert = deps.alerts.get(alertId);
    if (!alert) throw new AppError('not-found', `No alert ${alertId}.`);
    return alert;
  };

  return {
    dismiss(alertId) {
      const result = dismissAlert(requireAlert(alertId), deps.clock.now());
      deps.alerts.apply(result.upserts, result.transitions);
      return deps.view(result.upserts[0]!);
    },

    snooze(alertId, days) {
      const alert = requireAlert(alertId);
      const timezone = deps.timezoneOf(alert.accountId);
      if (timezone === null) throw new AppError('not-found', `No account ${alert.accountId}.`);
      const result = snoozeAlert(alert, days, timezone, deps.clock.now());
      deps.alerts.snooze({ accountId: alert.accountId, metricId: alert.metricId, until: result.until }, result.upserts, result.transitions);
      return deps.view(result.upserts[0]!);
    },
  };
}
