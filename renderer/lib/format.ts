import { dateTimeFormat, relativeTimeFormat } from './intl-formats';

/** Dates and durations in the user's language, through Intl only. */
export function formatDateTime(iso: string, locale: string, timeZone?: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
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
