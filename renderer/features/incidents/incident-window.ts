import { bucketStart, nextBucketStart } from '../../../shared/domain/account-time';
import type { Incident } from '../../../shared/domain/incident';
import type { TimeWindow } from '../metrics/chart-range';

/** Hours shown before the incident began: the normal level it fell from. */
export const LEAD_HOURS = 6;
/** Hours shown after it ended (when they have happened): the level it came back to. */
export const TAIL_HOURS = 2;

const HOUR_MS = 3_600_000;

/**
 * The stretch each member's chart is zoomed to: from a few hours before the incident began to its
 * end (plus a short tail) or, while it lasts, to now, on whole hours of the account's clock so the
 * grid matches the buckets main counted. Never empty, never past the hour under way.
 */
export function incidentWindow(incident: Pick<Incident, 'start' | 'end'>, nowMs: number, timezone: string): TimeWindow {
  const startMs = Date.parse(incident.start);
  const endMs = incident.end === null ? nowMs : Math.min(Date.parse(incident.end) + TAIL_HOURS * HOUR_MS, nowMs);
  const from = bucketStart((startMs - LEAD_HOURS * HOUR_MS) / 1000, 'hour', timezone) * 1000;
  // The window ends where the hour holding its last moment ends (now's hour may still be filling);
  // an end on the hour closes the hour before it.
  const last = bucketStart(Math.max(endMs - 1, startMs) / 1000, 'hour', timezone);
  return { from, to: nextBucketStart(last, 'hour', timezone) * 1000 };
}

/** The incident's own span, shaded on every member's chart: its start to its end, or to now while it lasts. */
export function incidentSpan(incident: Pick<Incident, 'id' | 'start' | 'end'>, nowMs: number): { id: string; from: number; to: number } {
  return { id: incident.id, from: Date.parse(incident.start), to: incident.end === null ? nowMs : Date.parse(incident.end) };
}
