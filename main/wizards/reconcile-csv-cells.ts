import { DateTime } from 'luxon';

/**
 * One cell of a source platform's export, read the way people write it. Counts may carry
 * thousands separators (`1,234`, `1.234`, `1 234`, `1'234`, no-break spaces); a single `,` or
 * `.` followed by other than three digits is a decimal mark. Null when the cell is not a number.
 */
export function parseCount(raw: string): number | null {
  const text = raw.trim().replace(/[\u00A0\u202F]/g, ' ');
  if (/^-?\d+$/.test(text)) return Number(text);
  // Whole number with one kind of thousands separator, every group three digits.
  const grouped = /^(-?)(\d{1,3})([,. '])(\d{3})((?:\3\d{3})*)$/.exec(text);
  if (grouped) return Number(text.split(grouped[3]!).join(''));
  // Thousands with one separator, decimals with the other mark: 1.234,5 or 1,234.5.
  const mixed = /^(-?)(\d+|\d{1,3}(?:([,. '])\d{3})+)([.,])(\d+)$/.exec(text);
  if (mixed && mixed[3] !== mixed[4]) {
    const whole = mixed[3] ? mixed[2]!.split(mixed[3]).join('') : mixed[2]!;
    return Number(`${mixed[1]}${whole}.${mixed[5]}`);
  }
  return null;
}

/** `DD/MM/YYYY` or `MM/DD/YYYY` (also with `.` or `-`): which one is settled by the whole column. */
export interface SlashDate {
  first: number;
  second: number;
  year: number;
}
export type DateOrder = 'day-first' | 'month-first';
export type CellDate = { iso: string } | SlashDate;

function isoOf(year: number, month: number, day: number): string | null {
  const date = DateTime.fromObject({ year, month, day }, { zone: 'UTC' });
  return date.isValid ? date.toISODate() : null;
}

/** The day under one reading of a slash date; null when that reading is no calendar day. */
export function resolveDate(date: SlashDate, order: DateOrder): string | null {
  return order === 'day-first' ? isoOf(date.year, date.second, date.first) : isoOf(date.year, date.first, date.second);
}

/**
 * A day as `YYYY-MM-DD`, an ISO date-time (the day as written: the export's own local day), or
 * a slash date kept as its parts until the column says which order it uses. Null otherwise.
 */
export function parseDate(raw: string): CellDate | null {
  const text = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const date = DateTime.fromISO(text, { zone: 'UTC' });
    return date.isValid ? { iso: text } : null;
  }
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text)) {
    const date = DateTime.fromISO(text.replace(' ', 'T'), { setZone: true });
    return date.isValid ? { iso: text.slice(0, 10) } : null;
  }
  const slash = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text);
  if (!slash) return null;
  const date = { first: Number(slash[1]), second: Number(slash[3]), year: Number(slash[4]) };
  return resolveDate(date, 'day-first') ?? resolveDate(date, 'month-first') ? date : null;
}

/** What a slash date says about the order: a number above 12 can only be the day. */
export function orderOf(date: SlashDate): DateOrder | 'either' | 'same' {
  if (date.first === date.second) return 'same';
  const dayFirst = resolveDate(date, 'day-first') !== null;
  const monthFirst = resolveDate(date, 'month-first') !== null;
  return dayFirst && monthFirst ? 'either' : dayFirst ? 'day-first' : 'month-first';
}
