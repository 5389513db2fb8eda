import { DateTime } from 'luxon';

/** Instants are handled as epoch milliseconds; these are the few units and formats we need. */
export const hourMs = 3_600_000;
export const dayMs = 24 * hourMs;

export function floorToHour(ms: number): number {
  return Math.floor(ms / hourMs) * hourMs;
}

/** `2026-07-15T04:00:00+00:00`: the shape of the spec's date-time examples. */
export function formatInstant(ms: number): string {
  return DateTime.fromMillis(ms, { zone: 'utc' }).toFormat("yyyy-MM-dd'T'HH:mm:ssZZ");
}
