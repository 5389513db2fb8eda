import type { Alert } from '../../shared/domain/alert';
import type { AlertRecord } from '../db/repositories/alerts-repository';
import type { EventSink, Logger } from '../ports';
import type { EvaluationOutcome } from './alert-evaluator';

export interface AlertNoticesDeps {
  events: EventSink;
  logger: Logger;
  /** A stored alert as every surface shows it (names, figures, flows). */
  view(record: AlertRecord): Alert;
}

export interface AlertNotices {
  /**
   * Tells the renderer that the account's alerts changed (when they did) and, once per episode,
   * that a drop began (`alerts:fired`).
   */
  announce(outcome: EvaluationOutcome): void;
}

/**
 * What the screens are told after an evaluation. The operator is not notified per alert: the OS
 * notification speaks of the incident the alert belongs to (`incidentNotice()`, worded in
 * `incident-notice-text.ts` where it is shown, since only the host knows the language and whether
 * it may show one now).
 */
export function createAlertNotices(deps: AlertNoticesDeps): AlertNotices {
  return {
    announce({ account, changed, notify }) {
      if (changed) deps.events.emit('alerts:changed', { accountId: account.id });
      for (const record of notify) {
        const alert = deps.view(record);
        deps.logger.info('drop alert fired', { accountId: account.id, metricId: alert.metricId, start: alert.start });
        deps.events.emit('alerts:fired', { accountName: account.name, alert });
      }
    },
  };
}
