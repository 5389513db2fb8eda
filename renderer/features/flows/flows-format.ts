import { dateTimeFormat } from '../../lib/intl-formats';

/**
 * Dates of the Flows screen (counts and moments: `lib/format.ts`), through Intl in the user's language and the account's
 * timezone (a flow "updated on the 3rd" means the 3rd where the store counts its days).
 */
export function formatDay(iso: string, locale: string, timeZone: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(new Date(iso));
}
