import { create } from 'zustand';
import type { Alert, AlertTransition, SnoozeDays } from '../../../shared/domain/alert';
import type { Diagnosis } from '../../../shared/domain/diagnosis';
import type { Incident } from '../../../shared/domain/incident';
import { bridge, errorMessageKey, unwrap } from '../../lib/bridge';
import { coalesce } from '../../lib/coalesce';

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
  loaded: boolean;
  errorKey: string | null;
  /** Alert ids fired since the notification centre was last opened. */
  unread: string[];
  load(): Promise<void>;
  dismiss(alertId: string): Promise<Alert | null>;
  snooze(alertId: string, days: SnoozeDays): Promise<Alert | null>;
  receiveFired(alert: Alert): void;
  /** The operator's actions on a whole incident; each answers the incident as it now is, or null on failure. */
  incidentAction(action: IncidentAction): Promise<Incident | null>;
  markAllRead(): void;
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
    loaded: false,
    errorKey: null,
    unread: [],
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
    receiveFired(alert) {
      set((state) => ({ unread: state.unread.includes(alert.id) ? state.unread : [...state.unread, alert.id] }));
    },
    markAllRead() {
      set({ unread: [] });
    },
  };
});

/** The account's alerts that show on Home, on flow badges and in trigger panels. */
export function activeAlerts(alerts: readonly Alert[], accountId: string | undefined): Alert[] {
  return alerts.filter((alert) => alert.state === 'active' && alert.accountId === accountId);
}
