import { dateTimeFormat, numberFormat, relativeTimeFormat } from './intl-formats';

/**
 * Dates, durations and numbers in the user's language, through Intl only; times in the zone the
 * caller names (the account's, so a time on screen matches the one the platform shows).
 */

/** A moment in a list or a sentence (history, sync time, an event): date and time, compact. */
export function formatDateTime(iso: string, locale: string, timeZone?: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** A calendar date in full words ("December 22, 2026"), for a snooze's end. */
export function formatLongDate(iso: string, locale: string, timeZone: string): string {
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(new Date(iso));
}

/** A count, grouped the language's way ("12,345", "12 345"). */
export function formatCount(value: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** A share (0.71) as a whole percentage ("71%", "71 %"). */
export function formatPercent(ratio: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

export function formatRelative(fromIso: string, now: Date, locale: string): string {
  const seconds = Math.round((Date.parse(fromIso) - now.getTime()) / 1000);
  const format = relativeTimeFormat(locale, { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 60) return format.format(seconds, 'second');
  if (abs < 3600) return format.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return format.format(Math.round(seconds / 3600), 'hour');
  return format.format(Math.round(seconds / 86_400), 'day');
}

/**
 * A moment on the account's clock, for the drop figures ("Nov 23, 2:00 PM"): day and time, the
 * same on every screen whatever the day today, with the zone named when the account counts its
 * hours in a zone other than this computer's (the time would otherwise read as local).
 */
export function formatAccountMoment(iso: string, locale: string, timeZone: string): string {
  const local = dateTimeFormat(locale, {}).resolvedOptions().timeZone;
  const named = local !== timeZone ? { timeZoneName: 'short' as const } : {};
  return dateTimeFormat(locale, { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZone, ...named }).format(new Date(iso));
}
