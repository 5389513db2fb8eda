import { create } from 'zustand';
import type { Alert, AlertTransition, SnoozeDays } from '../../../shared/domain/alert';
import type { Diagnosis } from '../../../shared/domain/diagnosis';
import { bridge, errorMessageKey, unwrap } from '../../lib/bridge';

/**
 * Alerts, their history and the current diagnoses of every account, kept fresh by the
 * `alerts:changed` and `alerts:fired` events. Screens select what they show (the current
 * account's active alerts on Home, badges on Flows, the whole history in the notification centre).
 */
interface AlertsState {
  alerts: Alert[];
  history: AlertTransition[];
  diagnoses: Diagnosis[];
  loaded: boolean;
  errorKey: string | null;
  /** Alert ids fired since the notification centre was last opened. */
  unread: string[];
  load(): Promise<void>;
  dismiss(alertId: string): Promise<Alert | null>;
  snooze(alertId: string, days: SnoozeDays): Promise<Alert | null>;
  receiveFired(alert: Alert): void;
  markAllRead(): void;
}

export const useAlerts = create<AlertsState>((set, get) => ({
  alerts: [],
  history: [],
  diagnoses: [],
  loaded: false,
  errorKey: null,
  unread: [],
  async load() {
    try {
      const api = bridge();
      const [alerts, history, diagnoses] = await Promise.all([
        unwrap(api.alerts.list()),
        unwrap(api.alerts.history({ limit: 300 })),
        unwrap(api.diagnoses.list()),
      ]);
      set({ alerts, history, diagnoses, loaded: true, errorKey: null });
    } catch (error) {
      set({ loaded: true, errorKey: errorMessageKey(error) });
    }
  },
  async dismiss(alertId) {
    try {
      const alert = await unwrap(bridge().alerts.dismiss({ alertId }));
      await get().load();
      return alert;
    } catch (error) {
      set({ errorKey: errorMessageKey(error) });
      return null;
    }
  },
  async snooze(alertId, days) {
    try {
      const alert = await unwrap(bridge().alerts.snooze({ alertId, days }));
      await get().load();
      return alert;
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
}));

/** The account's alerts that show on Home, on flow badges and in trigger panels. */
export function activeAlerts(alerts: readonly Alert[], accountId: string | undefined): Alert[] {
  return alerts.filter((alert) => alert.state === 'active' && alert.accountId === accountId);
}
