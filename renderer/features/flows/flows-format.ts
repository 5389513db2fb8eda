import { dateTimeFormat, numberFormat } from '../../lib/intl-formats';

/**
 * Dates and numbers of the Flows screen, through Intl in the user's language and the account's
 * timezone (a flow "updated on the 3rd" means the 3rd where the store counts its days).
 */
export function formatDay(iso: string, locale: string, timeZone: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(new Date(iso));
}

/** A date the operator may plan around (a snooze's end): spelled out, with the year. */
export function formatLongDate(iso: string, locale: string, timeZone: string): string {
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(new Date(iso));
}

export function formatInstant(iso: string, locale: string, timeZone: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

export function formatCount(value: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** A share from 0 to 1 as a whole percentage ("70 %" in French). */
export function formatShare(share: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
