import type { Alert, AlertTransition } from '../../../shared/domain/alert';

/** One drop episode (one alert) with what happened to it, for the notification centre. */
export interface AlertEpisode {
  alertId: string;
  accountId: string;
  metricName: string;
  /** The alert as it is now; absent if it was deleted with its account. */
  alert: Alert | undefined;
  /** Its transitions, oldest first. */
  events: AlertTransition[];
  /** When it last changed, for the order of the list. */
  latestAt: string;
}

/** Episodes newest first: the one that changed last is on top. */
export function alertEpisodes(history: readonly AlertTransition[], alerts: readonly Alert[]): AlertEpisode[] {
  const byId = new Map(alerts.map((alert) => [alert.id, alert]));
  const episodes = new Map<string, AlertEpisode>();
  for (const transition of history) {
    const episode = episodes.get(transition.alertId) ?? {
      alertId: transition.alertId,
      accountId: transition.accountId,
      metricName: transition.metricName,
      alert: byId.get(transition.alertId),
      events: [],
      latestAt: transition.at,
    };
    episode.events.push(transition);
    if (Date.parse(transition.at) > Date.parse(episode.latestAt)) episode.latestAt = transition.at;
    episodes.set(transition.alertId, episode);
  }
  // The history is capped: an alert older than its window still deserves a line.
  for (const alert of alerts) {
    if (episodes.has(alert.id)) continue;
    episodes.set(alert.id, { alertId: alert.id, accountId: alert.accountId, metricName: alert.metricName, alert, events: [], latestAt: alert.firedAt });
  }
  const list = [...episodes.values()];
  for (const episode of list) episode.events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return list.sort((a, b) => Date.parse(b.latestAt) - Date.parse(a.latestAt));
}
