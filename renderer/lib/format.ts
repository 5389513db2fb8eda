import { dateTimeFormat, numberFormat, relativeTimeFormat } from './intl-formats';

/**
 * Dates, durations and numbers in the user's language, through Intl only. Every time of day goes
 * through `formatTime`: in the zone the caller names (the account's, so a time on screen matches
 * the one the platform shows), named when it is not the computer's own, on the language's clock.
 */

/** What a time is written with: the zone it is read in, and the computer's (for the label). */
export interface TimeContext {
  locale: string;
  timeZone: string;
  /** The computer's zone; defaults to the one Intl reports. */
  computerZone?: string;
  /** 'never' where the zone is already stated beside (a chart axis under "times in New York"). */
  zoneLabel?: 'auto' | 'never';
}

/** How much of the moment is written. */
export type TimeStyle =
  /** "Dec 4, 2026, 3:05 PM": a moment in a list or a sentence. */
  | 'date-time'
  /** "3:05 PM": an hour of a day already named. */
  | 'time'
  /** "Tue 3:05 PM": within the last week. */
  | 'weekday-time'
  /** "Dec 4, 3:05 PM": within the year. */
  | 'day-time';

const styles: Record<TimeStyle, Intl.DateTimeFormatOptions> = {
  'date-time': { dateStyle: 'medium', timeStyle: 'short' },
  time: { hour: 'numeric', minute: '2-digit' },
  'weekday-time': { weekday: 'short', hour: 'numeric', minute: '2-digit' },
  'day-time': { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' },
};

/**
 * The clock each of our languages reads: English (US) writes "3:05 PM"; French, German and
 * Portuguese write "15:05". Set explicitly so a browser's regional default cannot mix them.
 */
export function hourCycleFor(locale: string): 'h12' | 'h23' {
  return locale.toLowerCase().startsWith('en') ? 'h12' : 'h23';
}

export function computerTimeZone(): string {
  return dateTimeFormat('en-US', {}).resolvedOptions().timeZone;
}

/** Whether two zones show a different clock at that instant (so the reader needs the zone named). */
function clocksDiffer(at: number, zone: string, other: string): boolean {
  if (zone === other) return false;
  const wallClock = (timeZone: string) =>
    dateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }).format(at);
  return wallClock(zone) !== wallClock(other);
}

/** A time of day in the account's zone, on the language's clock, with the zone named if it differs. */
export function formatTime(at: string | number, style: TimeStyle, { locale, timeZone, computerZone = computerTimeZone(), zoneLabel = 'auto' }: TimeContext): string {
  const instant = typeof at === 'number' ? at : Date.parse(at);
  const named = zoneLabel === 'auto' && clocksDiffer(instant, timeZone, computerZone);
  const text = dateTimeFormat(locale, { ...styles[style], timeZone, hourCycle: hourCycleFor(locale) }).format(instant);
  return named ? `${text} ${zoneName(instant, locale, timeZone)}` : text;
}

/**
 * The zone's short name in the language ("EST", "UTC−5"). Asked separately: Intl refuses a zone
 * name beside `dateStyle`, and appending it keeps every style's own layout.
 */
function zoneName(at: number, locale: string, timeZone: string): string {
  const parts = dateTimeFormat(locale, { timeZone, timeZoneName: 'short', hour: 'numeric' }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** A moment in a list or a sentence (history, sync time, an event): date and time, compact. */
export function formatDateTime(iso: string, locale: string, timeZone: string): string {
  return formatTime(iso, 'date-time', { locale, timeZone });
}

/** A calendar date in full words ("December 22, 2026"), for a snooze's end. */
export function formatLongDate(iso: string, locale: string, timeZone: string): string {
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(new Date(iso));
}

/** A count, grouped the language's way ("12,345", "12 345"). */
export function formatCount(value: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** An amount of money in the account's currency ("$54.00", "54,00 $US", "54,00 £"). */
export function formatMoney(value: number, locale: string, currency: string): string {
  return numberFormat(locale, { style: 'currency', currency }).format(value);
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
