import { formatTime } from '../../lib/format';
import { listFormat, numberFormat } from '../../lib/intl-formats';

/**
 * Numbers and instants as Home and the notification centre write them: always through Intl, in
 * the user's language and the account's timezone (the zone the account counts its days in, so a
 * time on screen matches the one the marketing platform shows). Pure: no DOM, no clock.
 */

const DAY_MS = 86_400_000;
/** Within this, a weekday names the day unambiguously ("Tue 14:00"); beyond it, the date does. */
const WEEKDAY_RANGE_MS = 6 * DAY_MS;

/** A change (-0.08) as a signed percentage ("-8%", "+12%", "0%"). */
export function formatChange(ratio: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(ratio);
}

/** A number of days as a unit ("30 days", "30 jours"): Intl knows each language's plural. */
export function formatDays(days: number, locale: string): string {
  return numberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(days);
}

/** When something started: the weekday and time if recent, the date and time otherwise. */
export function formatSince(iso: string, now: Date, locale: string, timeZone: string): string {
  const recent = Math.abs(now.getTime() - Date.parse(iso)) < WEEKDAY_RANGE_MS;
  return formatTime(iso, recent ? 'weekday-time' : 'day-time', { locale, timeZone });
}

/** An hour of the day, for the end of the 24-hour window. */
export function formatHour(iso: string, locale: string, timeZone: string): string {
  return formatTime(iso, 'time', { locale, timeZone });
}

/** Names joined the way the language joins them ("A, B and C", "A, B et C"). */
export function formatList(items: readonly string[], locale: string, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return listFormat(locale, { style: 'long', type }).format(items);
}
