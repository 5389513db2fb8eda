import type { Alert, AlertTransition, TransitionReason } from '../../../shared/domain/alert';

/** The transitions that told the operator something new: the ones an OS notification announces. */
const ANNOUNCED: readonly TransitionReason[] = ['fired', 'snooze-expired'];

/**
 * Alerts announced since the notification centre was last opened. Before it was ever opened, the
 * alerts still active count (a first launch shows what is going on, not years of history). Ids
 * announced by a live `alerts:fired` event count even before the history is re-read.
 */
export function unreadAlertIds(
  history: readonly AlertTransition[],
  alerts: readonly Pick<Alert, 'id' | 'state'>[],
  announcedLive: readonly string[],
  seenAt: string | null,
): string[] {
  const active = new Set(alerts.filter((alert) => alert.state === 'active').map((alert) => alert.id));
  const seen = seenAt === null ? null : Date.parse(seenAt);
  const ids = new Set(announcedLive);
  for (const transition of history) {
    if (!ANNOUNCED.includes(transition.reason)) continue;
    const isNew = seen === null ? active.has(transition.alertId) : Date.parse(transition.at) > seen;
    if (isNew) ids.add(transition.alertId);
  }
  return [...ids].sort();
}

/** The mark to store when the centre opens: no earlier than the newest entry it shows. */
export function seenMark(history: readonly AlertTransition[], now: Date): string {
  const newest = history.reduce((latest, transition) => Math.max(latest, Date.parse(transition.at)), now.getTime());
  return new Date(newest).toISOString();
}
