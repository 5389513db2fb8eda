import type { Alert } from '../../shared/domain/alert';
import type { Incident } from '../../shared/domain/incident';
import type { AlertRecord } from '../db/repositories/alerts-repository';
import type { EventSink, Logger, Notifier } from '../ports';
import { incidentNotice } from './incident-notice';
import type { EvaluationOutcome } from './alert-evaluator';

export interface AlertNoticesDeps {
  events: EventSink;
  notifier: Notifier;
  logger: Logger;
  /** A stored alert as every surface shows it (names, figures, flows). */
  view(record: AlertRecord): Alert;
  /** An incident as every surface shows it, by id (null when it has nothing left to show). */
  incident(id: string): Incident | null;
  /** Whether the operator wants to hear that an incident is over (Settings). */
  notifyOnRecovery(): boolean;
}

export interface AlertNotices {
  /**
   * Tells the renderer that the account's alerts changed (when they did), each new episode
   * (`alerts:fired`), and, once per incident, the renderer (`incidents:fired`) and the Notifier
   * that a drop began; and the renderer when an incident is over (`incidents:resolved`).
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
    announce({ account, changed, notify, notifyIncidents, resolvedIncidents }) {
      if (changed) deps.events.emit('alerts:changed', { accountId: account.id });
      // The renderer's per-alert news (unread marks) stays; the operator hears once per incident.
      for (const record of notify) deps.events.emit('alerts:fired', { accountName: account.name, alert: deps.view(record) });
      for (const id of notifyIncidents) {
        const incident = deps.incident(id);
        if (!incident) continue;
        deps.logger.info('incident fired', { accountId: account.id, incidentId: id, members: incident.members.length });
        deps.events.emit('incidents:fired', { incident });
        deps.notifier.incidentFired(incidentNotice(incident));
      }
      for (const id of resolvedIncidents) {
        const incident = deps.incident(id);
        if (!incident) continue;
        deps.logger.info('incident resolved', { accountId: account.id, incidentId: id });
        deps.events.emit('incidents:resolved', { incident });
        if (deps.notifyOnRecovery()) deps.notifier.incidentResolved(incidentNotice(incident));
      }
    },
  };
}
