import { formatDateTime, formatMoney } from '../../lib/format';

/** The account whose clock and currency a wizard's values are written in. */
export interface ItemValueContext {
  locale: string;
  timeZone: string;
  currency: string;
}

/** Integration categories as the platform sends them, named the way a reader writes them. */
const categoryNames: Record<string, string> = { api: 'API', ecommerce: 'E-commerce', 'e-commerce': 'E-commerce', sms: 'SMS' };

/** A category name with its capital ("donations" -> "Donations", "api" -> "API"). */
export function categoryName(category: string): string {
  const known = categoryNames[category.toLowerCase()];
  if (known) return known;
  return category.charAt(0).toLocaleUpperCase() + category.slice(1);
}

/**
 * An item's placeholders as the screen and the report write them. Main sends every value as text;
 * here a count becomes a number (so i18next picks the plural), an instant a time in the
 * account's zone, an order's value an amount in the account's currency.
 */
export function itemValues(params: Record<string, string>, { locale, timeZone, currency }: ItemValueContext): Record<string, string | number> {
  const values: Record<string, string | number> = { ...params };
  if (params.count !== undefined && Number.isFinite(Number(params.count))) values.count = Number(params.count);
  if (params.time && !Number.isNaN(Date.parse(params.time))) values.time = formatDateTime(params.time, locale, timeZone);
  if (params.amount && params.amount.trim() !== '' && Number.isFinite(Number(params.amount))) values.amount = formatMoney(Number(params.amount), locale, currency);
  if (params.category && params.category !== '—') values.category = categoryName(params.category);
  return values;
}
