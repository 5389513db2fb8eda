import type { Incident } from '../../../shared/domain/incident';

/** What takes back the operator's mute: Unsnooze a snooze, Restore a dismissal. */
export type TakeBack = 'unsnooze' | 'restore';

/**
 * The take-back an incident offers: only while it is not over, since a resolved incident has
 * nothing left to show or announce.
 */
export function takeBackOf(incident: Pick<Incident, 'mute' | 'state'>): TakeBack | null {
  if (incident.state === 'resolved') return null;
  if (incident.mute === 'snoozed') return 'unsnooze';
  if (incident.mute === 'dismissed') return 'restore';
  return null;
}

/**
 * Settings' "Snoozed and dismissed": every open incident the operator muted. Snoozes first, the
 * one ending soonest on top (it is the next to come back by itself), then dismissals, latest first.
 */
export function mutedIncidents(incidents: readonly Incident[]): Incident[] {
  const rank = (incident: Incident) => (incident.mute === 'snoozed' ? 0 : 1);
  // An end or a moment the answer does not give sorts last.
  const ending = (iso: string | null) => (iso === null ? Number.POSITIVE_INFINITY : Date.parse(iso));
  const latest = (iso: string | null) => (iso === null ? Number.NEGATIVE_INFINITY : Date.parse(iso));
  const order = (difference: number, a: Incident, b: Incident) => (Number.isNaN(difference) || difference === 0 ? a.id.localeCompare(b.id) : difference);
  return incidents
    .filter((incident) => takeBackOf(incident) !== null)
    .sort((a, b) => {
      if (rank(a) !== rank(b)) return rank(a) - rank(b);
      if (a.mute === 'snoozed') return order(ending(a.snoozedUntil) - ending(b.snoozedUntil), a, b);
      return order(latest(b.dismissedAt) - latest(a.dismissedAt), a, b);
    });
}
