import type { Alert, AlertFigures } from '../../../shared/domain/alert';
import type { Incident } from '../../../shared/domain/incident';

/**
 * A trigger metric that is down right now, as the flows table badges it and the trigger panel
 * shows it: one member of an open incident, or an alert no incident holds.
 */
export interface MetricDrop {
  alertId: string;
  metricId: string;
  metricName: string;
  integrationName: string | null;
  /** First anomalous hour (ISO, UTC). */
  start: string;
  figures: AlertFigures;
  /** The incident the drop belongs to: Dismiss and Snooze act on all of it. Null for a lone alert. */
  incident: Incident | null;
  /** While the incident is snoozed: the badge stays, muted, and says until when. */
  snoozedUntil: string | null;
}

/**
 * The account's drops still under way. A member of an open incident counts until it is back to
 * normal, unless the incident was dismissed; a snoozed one still counts (muted). An active alert
 * that no incident holds counts as it always did.
 */
export function metricDrops(incidents: readonly Incident[], alerts: readonly Alert[], accountId: string | undefined): MetricDrop[] {
  if (!accountId) return [];
  const held = new Set(incidents.flatMap((incident) => incident.members.map((member) => member.alertId)));
  const fromIncidents = incidents
    .filter((incident) => incident.accountId === accountId && incident.state !== 'resolved' && incident.mute !== 'dismissed')
    .flatMap((incident) =>
      incident.members
        .filter((member) => member.recoveredAt === null)
        .map(
          (member): MetricDrop => ({
            alertId: member.alertId,
            metricId: member.metricId,
            metricName: member.metricName,
            integrationName: member.integrationName,
            start: member.start,
            figures: member.figures,
            incident,
            snoozedUntil: incident.mute === 'snoozed' ? incident.snoozedUntil : null,
          }),
        ),
    );
  const lone = alerts
    .filter((alert) => alert.accountId === accountId && alert.state === 'active' && !held.has(alert.id))
    .map(
      (alert): MetricDrop => ({
        alertId: alert.id,
        metricId: alert.metricId,
        metricName: alert.metricName,
        integrationName: alert.integrationName,
        start: alert.start,
        figures: alert.figures,
        incident: null,
        snoozedUntil: null,
      }),
    );
  return [...fromIncidents, ...lone];
}

/**
 * When the latest snooze covering the metric ends, if one is running at `now`: an open incident
 * holding it that is snoozed, or a snoozed alert on it.
 */
export function runningSnooze(incidents: readonly Incident[], alerts: readonly Alert[], metricId: string, now: Date): string | null {
  const ends = [
    ...incidents
      .filter((incident) => incident.state !== 'resolved' && incident.mute === 'snoozed' && incident.members.some((member) => member.metricId === metricId))
      .map((incident) => incident.snoozedUntil),
    ...alerts.filter((alert) => alert.metricId === metricId && alert.state === 'snoozed').map((alert) => alert.snoozedUntil),
  ];
  let latest: string | null = null;
  for (const end of ends) {
    if (end === null || Date.parse(end) <= now.getTime()) continue;
    if (latest === null || Date.parse(end) > Date.parse(latest)) latest = end;
  }
  return latest;
}
