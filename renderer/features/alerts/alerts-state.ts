import { create } from 'zustand';
import type { Alert, AlertTransition, SnoozeDays } from '../../../shared/domain/alert';
import type { Diagnosis } from '../../../shared/domain/diagnosis';
import type { Incident } from '../../../shared/domain/incident';
import type { TrendNotice } from '../../../shared/domain/trend';
import { bridge, errorMessageKey, unwrap } from '../../lib/bridge';
import { coalesce } from '../../lib/coalesce';
import { withRead } from '../notifications/incident-entries';

/**
 * Alerts, their history and the current diagnoses of every account, read in one call
 * (`alerts:overview`) and kept fresh by the `alerts:changed` and `alerts:fired` events: a dismiss
 * or a snooze does not reload by itself, the change event it causes does. Screens select what they show (the current
 * account's active alerts on Home, badges on Flows, the whole history in the notification centre).
 */
interface AlertsState {
  alerts: Alert[];
  history: AlertTransition[];
  diagnoses: Diagnosis[];
  /** Open incidents first, then the latest ended ones (the main process groups and orders them). */
  incidents: Incident[];
  /** Metrics in a slow decline: quiet notices for the centre, never banners. */
  trends: TrendNotice[];
  loaded: boolean;
  errorKey: string | null;
  load(): Promise<void>;
  dismiss(alertId: string): Promise<Alert | null>;
  snooze(alertId: string, days: SnoozeDays): Promise<Alert | null>;
  /** The operator's actions on a whole incident; each answers the incident as it now is, or null on failure. */
  incidentAction(action: IncidentAction): Promise<Incident | null>;
  /** Marks incidents read (`incidents:markRead`, kept in the cache); true once stored. */
  markIncidentsRead(incidentIds: readonly string[]): Promise<boolean>;
  /** An incident announced by main (fired, or resolved): shown at once, before the next reload. */
  receiveIncident(incident: Incident): void;
}

/** What can be done to an incident, and its undo: dismiss ⇄ restore, snooze ⇄ unsnooze. */
export type IncidentAction =
  | { kind: 'dismiss' | 'restore' | 'unsnooze'; incidentId: string }
  | { kind: 'snooze'; incidentId: string; days: SnoozeDays };

function callIncidentAction(action: IncidentAction) {
  const { incidents } = bridge();
  switch (action.kind) {
    case 'dismiss':
      return incidents.dismiss({ incidentId: action.incidentId });
    case 'restore':
      return incidents.restore({ incidentId: action.incidentId });
    case 'snooze':
      return incidents.snooze({ incidentId: action.incidentId, days: action.days });
    case 'unsnooze':
      return incidents.unsnooze({ incidentId: action.incidentId });
  }
}

export const useAlerts = create<AlertsState>((set) => {
  const load = coalesce(async () => {
    try {
      const overview = await unwrap(bridge().alerts.overview({ historyLimit: 300 }));
      set({ ...overview, loaded: true, errorKey: null });
    } catch (error) {
      set({ loaded: true, errorKey: errorMessageKey(error) });
    }
  });
  // The answer shows at once; the history and diagnoses follow with the change event's reload.
  const replace = (alert: Alert) => set((state) => ({ alerts: state.alerts.map((known) => (known.id === alert.id ? alert : known)) }));
  return {
    alerts: [],
    history: [],
    diagnoses: [],
    incidents: [],
    trends: [],
    loaded: false,
    errorKey: null,
    load,
    async dismiss(alertId) {
      try {
        const alert = await unwrap(bridge().alerts.dismiss({ alertId }));
        replace(alert);
        return alert;
      } catch (error) {
        set({ errorKey: errorMessageKey(error) });
        return null;
      }
    },
    async snooze(alertId, days) {
      try {
        const alert = await unwrap(bridge().alerts.snooze({ alertId, days }));
        replace(alert);
        return alert;
      } catch (error) {
        set({ errorKey: errorMessageKey(error) });
        return null;
      }
    },
    async incidentAction(action) {
      try {
        const incident = await unwrap(callIncidentAction(action));
        set((state) => ({ incidents: state.incidents.map((known) => (known.id === incident.id ? incident : known)) }));
        return incident;
      } catch (error) {
        set({ errorKey: errorMessageKey(error) });
        return null;
      }
    },
    async markIncidentsRead(incidentIds) {
      if (incidentIds.length === 0) return true;
      try {
        // No change event follows a reading: the answer is the only news of it.
        await unwrap(bridge().incidents.markRead({ incidentIds: [...incidentIds] }));
        set((state) => ({ incidents: withRead(state.incidents, incidentIds, new Date().toISOString()) }));
        return true;
      } catch (error) {
        set({ errorKey: errorMessageKey(error) });
        return false;
      }
    },
    receiveIncident(incident) {
      set((state) => ({
        incidents: state.incidents.some((known) => known.id === incident.id)
          ? state.incidents.map((known) => (known.id === incident.id ? incident : known))
          : [incident, ...state.incidents],
      }));
    },
  };
});

/** The account's alerts that show on Home, on flow badges and in trigger panels. */
export function activeAlerts(alerts: readonly Alert[], accountId: string | undefined): Alert[] {
  return alerts.filter((alert) => alert.state === 'active' && alert.accountId === accountId);
}
