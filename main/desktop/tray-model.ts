import type { Language } from '../../shared/domain/settings';
import { mainText } from '../alerts/main-text';

export type TrayAction = 'open' | 'syncNow' | 'pause' | 'resume' | 'quit';

export type TrayMenuItem = { kind: 'action'; action: TrayAction; label: string } | { kind: 'separator' };

export interface TrayModel {
  tooltip: string;
  /** The dock / launcher badge: the number of active alerts (0 clears it). */
  badgeCount: number;
  items: TrayMenuItem[];
}

export interface TrayState {
  activeAlerts: number;
  pausedUntil: Date | null;
  language: Language;
  /** For the "paused until" time; the machine's own zone unless a test pins one. */
  timeZone?: string;
}

/** What the tray shows, from the state of the app; the Electron adapter only draws it. */
export function trayModel(state: TrayState): TrayModel {
  const t = mainText(state.language);
  const tooltip =
    state.activeAlerts === 0
      ? t('desktop.tray.tooltipNone')
      : state.activeAlerts === 1
        ? t('desktop.tray.tooltipOne')
        : t('desktop.tray.tooltipMany', { count: state.activeAlerts });
  const pauseItem: TrayMenuItem =
    state.pausedUntil === null
      ? { kind: 'action', action: 'pause', label: t('desktop.tray.pause') }
      : {
          kind: 'action',
          action: 'resume',
          label: t('desktop.tray.resume', {
            time: new Intl.DateTimeFormat(state.language, { hour: 'numeric', minute: '2-digit', timeZone: state.timeZone }).format(state.pausedUntil),
          }),
        };
  return {
    tooltip,
    badgeCount: state.activeAlerts,
    items: [
      { kind: 'action', action: 'open', label: t('desktop.tray.open') },
      { kind: 'action', action: 'syncNow', label: t('desktop.tray.syncNow') },
      pauseItem,
      { kind: 'separator' },
      { kind: 'action', action: 'quit', label: t('desktop.tray.quit') },
    ],
  };
}
