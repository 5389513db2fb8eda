import type { Interval } from '../../../shared/domain/metric';

/**
 * Bucket labels in the user's language on the account's clock: the numbers in the table are
 * counted by the account's day, so a day must read as that day wherever the computer is.
 */
export function bucketFormatter(interval: Interval, locale: string, timeZone: string): (epochMs: number) => string {
  const format =
    interval === 'hour'
      ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone })
      : new Intl.DateTimeFormat(locale, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', timeZone });
  return (epochMs) => format.format(epochMs);
}

/** Shorter labels for the chart's axis ticks. */
export function tickFormatter(interval: Interval, spanMs: number, locale: string, timeZone: string): (epochMs: number) => string {
  const options: Intl.DateTimeFormatOptions =
    interval === 'hour' && spanMs <= 2 * 86_400_000
      ? { hour: 'numeric', minute: '2-digit', timeZone }
      : interval === 'hour' && spanMs <= 8 * 86_400_000
        ? { weekday: 'short', day: 'numeric', hour: 'numeric', timeZone }
        : spanMs > 200 * 86_400_000
          ? { month: 'short', year: 'numeric', timeZone }
          : { month: 'short', day: 'numeric', timeZone };
  const format = new Intl.DateTimeFormat(locale, options);
  return (epochMs) => format.format(epochMs);
}

export function countFormatter(locale: string): (value: number) => string {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (value) => format.format(value);
}
