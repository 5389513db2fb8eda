import type { Incident } from '../../../shared/domain/incident';

/** What the centre lists: every incident, or only those not read yet. */
export type CentreFilter = 'all' | 'unread';

/** Read means opened from the centre on this computer: the cache keeps when (`readAt`). */
export function isUnread(incident: Pick<Incident, 'readAt'>): boolean {
  return incident.readAt === null;
}

/** The bell's count: incidents not opened yet. */
export function unreadCount(incidents: readonly Pick<Incident, 'readAt'>[]): number {
  return incidents.filter(isUnread).length;
}

/**
 * The centre's entries, newest incident first (the one that fired last on top), whatever its state:
 * an old incident that resolved today stays where it began, so the list reads as a history.
 * Ties fall back to the start and then the id, so the order never depends on the answer's.
 */
export function centreEntries(incidents: readonly Incident[], filter: CentreFilter): Incident[] {
  const shown = filter === 'unread' ? incidents.filter(isUnread) : [...incidents];
  return shown.sort(
    (a, b) => Date.parse(b.firedAt) - Date.parse(a.firedAt) || Date.parse(b.start) - Date.parse(a.start) || a.id.localeCompare(b.id),
  );
}

/** The incidents with those ids marked read at `at`; one already read keeps its first reading. */
export function withRead(incidents: readonly Incident[], ids: readonly string[], at: string): Incident[] {
  const marking = new Set(ids);
  return incidents.map((incident) => (marking.has(incident.id) && incident.readAt === null ? { ...incident, readAt: at } : incident));
}
