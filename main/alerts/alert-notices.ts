import type { Alert } from '../../shared/domain/alert';
import type { AlertRecord } from '../db/repositories/alerts-repository';
import type { EventSink, Logger, Notifier } from '../ports';
import type { EvaluationOutcome } from './alert-evaluator';

export interface AlertNoticesDeps {
  events: EventSink;
  notifier: Notifier;
  logger: Logger;
  /** A stored alert as every surface shows it (names, figures, flows). */
  view(record: AlertRecord): Alert;
}

export interface AlertNotices {
  /**
   * Tells the renderer that the account's alerts changed (when they did) and, once per episode,
   * the renderer (`alerts:fired`) and the Notifier that a drop began.
   */
  announce(outcome: EvaluationOutcome): void;
}

/**
 * What the operator and the screens are told after an evaluation. The notification's words are
 * made where it is shown (`alert-notice-text.ts`, with the translator it is handed), since only
 * the host knows the language and whether it may show one now.
 */
export function createAlertNotices(deps: AlertNoticesDeps): AlertNotices {
  return {
    announce({ account, changed, notify }) {
      if (changed) deps.events.emit('alerts:changed', { accountId: account.id });
      for (const record of notify) {
        const alert = deps.view(record);
        deps.logger.info('drop alert fired', { accountId: account.id, metricId: alert.metricId, start: alert.start });
        deps.events.emit('alerts:fired', { accountName: account.name, alert });
        deps.notifier.alertFired({
          alertId: alert.id,
          accountId: account.id,
          accountName: account.name,
          metricName: alert.metricName,
          integrationName: alert.integrationName,
          figures: alert.figures,
          start: alert.start,
        });
      }
    },
  };
}
