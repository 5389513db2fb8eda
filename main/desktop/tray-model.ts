import type { Incident } from '../../shared/domain/incident';
import type { NavigateEvent } from '../../shared/domain/navigation';
import type { Language } from '../../shared/domain/settings';
import { mainText } from '../alerts/main-text';

export type TrayAction = 'open' | 'syncNow' | 'pause' | 'resume' | 'quit';

export type TrayMenuItem =
  | { kind: 'action'; action: TrayAction; label: string }
  /** Opens the window on a screen: an incident's page, or Home for the ones not listed. */
  | { kind: 'link'; target: NavigateEvent; label: string }
  | { kind: 'separator' };

export interface TrayModel {
  tooltip: string;
  /** The dock / launcher badge: the number of incidents that want attention (0 clears it). */
  badgeCount: number;
  items: TrayMenuItem[];
}

/** An incident as the tray names it. */
export interface TrayIncident {
  id: string;
  metricName: string;
  accountName: string;
}

export interface TrayState {
  /** The incidents that want attention, newest first (`trayIncidents`). */
  incidents: readonly TrayIncident[];
  pausedUntil: Date | null;
  language: Language;
  /** For the "paused until" time; the machine's own zone unless a test pins one. */
  timeZone?: string;
}

/** How many incidents the menu lists by name; the rest are one entry that opens Home. */
export const trayIncidentLimit = 8;

/**
 * The incidents the tray lists and counts: those still under way (ongoing, or recovering until
 * they resolve) that the operator has neither dismissed nor snoozed, in the order given (the
 * list answers newest first). A snoozed one is muted on purpose: the badge must not ask for it.
 */
export function trayIncidents(incidents: readonly Incident[]): TrayIncident[] {
  return incidents
    .filter((incident) => incident.state !== 'resolved' && incident.mute === 'none')
    .map((incident) => ({ id: incident.id, metricName: incident.headlineMetricName, accountName: incident.accountName }));
}

/** What the tray shows, from the state of the app; the Electron adapter only draws it. */
export function trayModel(state: TrayState): TrayModel {
  const t = mainText(state.language);
  const count = state.incidents.length;
  const tooltip = count === 0 ? t('desktop.tray.tooltipNone') : count === 1 ? t('desktop.tray.tooltipOne') : t('desktop.tray.tooltipMany', { count });
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
  const listed: TrayMenuItem[] = state.incidents.slice(0, trayIncidentLimit).map((incident) => ({
    kind: 'link',
    target: { route: 'incident', focusId: incident.id },
    label: t('desktop.trayAlerts.entry', { metric: incident.metricName, account: incident.accountName }),
  }));
  const unlisted = count - listed.length;
  if (unlisted > 0) listed.push({ kind: 'link', target: { route: 'home' }, label: t('desktop.trayAlerts.more', { count: unlisted }) });
  return {
    tooltip,
    badgeCount: count,
    items: [
      ...listed,
      ...(listed.length > 0 ? [{ kind: 'separator' } as const] : []),
      { kind: 'action', action: 'open', label: t('desktop.tray.open') },
      { kind: 'action', action: 'syncNow', label: t('desktop.tray.syncNow') },
      pauseItem,
      { kind: 'separator' },
      { kind: 'action', action: 'quit', label: t('desktop.tray.quit') },
    ],
  };
}
