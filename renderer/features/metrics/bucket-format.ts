import type { Interval } from '../../../shared/domain/metric';
import { formatTime } from '../../lib/format';
import type { TickKind } from './chart-ticks';

/**
 * Bucket labels in the user's language on the account's clock: the numbers in the table are
 * counted by the account's day, so a day must read as that day wherever the computer is.
 */
export function bucketFormatter(interval: Interval, locale: string, timeZone: string): (epochMs: number) => string {
  if (interval === 'hour') return (epochMs) => formatTime(epochMs, 'date-time', { locale, timeZone });
  const format = new Intl.DateTimeFormat(locale, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', timeZone });
  return (epochMs) => format.format(epochMs);
}

const tickOptions: Record<Exclude<TickKind, 'time'>, Intl.DateTimeFormatOptions> = {
  weekday: { weekday: 'short', day: 'numeric' },
  date: { month: 'short', day: 'numeric' },
  month: { month: 'short', year: 'numeric' },
};

/**
 * Shorter labels for the chart's axis ticks, as fine as the ticks are apart. Hours read on the
 * language's clock; the zone is not repeated on every tick (the screen names it once above).
 */
export function tickFormatter(kind: TickKind, locale: string, timeZone: string): (epochMs: number) => string {
  if (kind === 'time') return (epochMs) => formatTime(epochMs, 'time', { locale, timeZone, zoneLabel: 'never' });
  const format = new Intl.DateTimeFormat(locale, { ...tickOptions[kind], timeZone });
  return (epochMs) => format.format(epochMs);
}

export function countFormatter(locale: string): (value: number) => string {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (value) => format.format(value);
}
