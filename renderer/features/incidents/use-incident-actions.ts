import { useTranslation } from 'react-i18next';
import type { SnoozeDays } from '../../../shared/domain/alert';
import type { Incident } from '../../../shared/domain/incident';
import { useToasts } from '../../lib/toast-state';
import { useAlerts } from '../alerts/alerts-state';

/**
 * Dismiss, snooze and their undo, on a whole incident, from any surface: each action confirms
 * itself in a toast offering Undo for ten seconds, and the page, the notification centre and
 * Settings can take a snooze or a dismiss back at any time.
 */
export function useIncidentActions() {
  const { t } = useTranslation();
  const act = useAlerts((state) => state.incidentAction);
  const show = useToasts((state) => state.show);

  const name = (incident: Incident) => incident.headlineMetricName;
  return {
    async dismiss(incident: Incident) {
      const done = await act({ kind: 'dismiss', incidentId: incident.id });
      if (done) show({ message: t('incidents.toast.dismissed', { metric: name(incident) }), undo: async () => void (await act({ kind: 'restore', incidentId: incident.id })) });
      return done;
    },
    async snooze(incident: Incident, days: SnoozeDays) {
      const done = await act({ kind: 'snooze', incidentId: incident.id, days });
      if (done) show({ message: t('incidents.toast.snoozed', { metric: name(incident), count: days }), undo: async () => void (await act({ kind: 'unsnooze', incidentId: incident.id })) });
      return done;
    },
    async unsnooze(incident: Incident) {
      const done = await act({ kind: 'unsnooze', incidentId: incident.id });
      if (done) show({ message: t('incidents.toast.unsnoozed', { metric: name(incident) }) });
      return done;
    },
    async restore(incident: Incident) {
      const done = await act({ kind: 'restore', incidentId: incident.id });
      if (done) show({ message: t('incidents.toast.restored', { metric: name(incident) }) });
      return done;
    },
  };
}
