import { DateTime } from 'luxon';

/**
 * The days on which a store's activity is known to run far from its usual week: public holidays
 * of the account's country and the retail calendar's big days. On them the detector widens its
 * band (a holiday's quiet evening, a Black Friday's rush followed by a lull) instead of moving its
 * expectation: with less than a year of the store's own history, it cannot know which way, or how
 * far, its store goes on such a day.
 *
 * Countries are ISO 3166-1 alpha-2 codes. A country not listed gets the days retail shares
 * everywhere (New Year, Christmas, Black Friday, Cyber Monday, Singles' Day).
 */
type DayRule = (year: number) => DateTime;

const fixed = (month: number, day: number): DayRule => (year) => DateTime.utc(year, month, day);
/** The n-th given weekday (1 = Monday) of a month; n = -1 for the last one. */
const nth = (month: number, weekday: number, n: number): DayRule => (year) => {
  if (n > 0) {
    const first = DateTime.utc(year, month, 1);
    return first.plus({ days: ((weekday - first.weekday + 7) % 7) + (n - 1) * 7 });
  }
  const last = DateTime.utc(year, month, 1).endOf('month').startOf('day');
  return last.minus({ days: (last.weekday - weekday + 7) % 7 });
};
const offset = (rule: DayRule, days: number): DayRule => (year) => rule(year).plus({ days });

/** Easter Sunday (Gregorian), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): DateTime {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return DateTime.utc(year, month, day);
}
const easter = (days: number): DayRule => (year) => easterSunday(year).plus({ days });

const thanksgivingUs = nth(11, 4, 4);
const everywhere: DayRule[] = [
  fixed(1, 1),
  fixed(11, 11), // Singles' Day
  offset(thanksgivingUs, 1), // Black Friday
  offset(thanksgivingUs, 4), // Cyber Monday
  fixed(12, 24),
  fixed(12, 25),
  fixed(12, 31),
];

const byCountry: Record<string, DayRule[]> = {
  US: [thanksgivingUs, nth(5, 1, -1), fixed(7, 4), nth(9, 1, 1), easter(0)],
  CA: [nth(10, 1, 2), fixed(7, 1), fixed(12, 26), easter(-2), easter(1)],
  GB: [fixed(12, 26), easter(-2), easter(1), nth(5, 1, 1), nth(5, 1, -1), nth(8, 1, -1)],
  IE: [fixed(12, 26), fixed(3, 17), easter(1)],
  AU: [fixed(12, 26), fixed(1, 26), easter(-2), easter(1), fixed(4, 25)],
  NZ: [fixed(12, 26), easter(-2), easter(1), fixed(4, 25), fixed(2, 6)],
  DE: [fixed(12, 26), easter(-2), easter(1), fixed(5, 1), easter(39), easter(50), fixed(10, 3)],
  AT: [fixed(12, 26), easter(1), fixed(5, 1), easter(39), easter(50), fixed(8, 15), fixed(10, 26), fixed(11, 1), fixed(12, 8)],
  CH: [fixed(12, 26), easter(-2), easter(1), easter(39), easter(50), fixed(8, 1)],
  FR: [easter(1), fixed(5, 1), fixed(5, 8), easter(39), easter(50), fixed(7, 14), fixed(8, 15), fixed(11, 1), fixed(11, 11)],
  BE: [easter(1), fixed(5, 1), easter(39), easter(50), fixed(7, 21), fixed(8, 15), fixed(11, 1)],
  PT: [easter(-2), easter(0), fixed(4, 25), fixed(5, 1), easter(60), fixed(6, 10), fixed(8, 15), fixed(10, 5), fixed(11, 1), fixed(12, 1), fixed(12, 8)],
  BR: [easter(-47), easter(-48), easter(-2), fixed(4, 21), fixed(5, 1), easter(60), fixed(9, 7), fixed(10, 12), fixed(11, 2), fixed(11, 15)],
};

/**
 * The country a time zone's store most likely sells in, for a replay or an account whose address
 * names none: the zone's usual country, or null (only the days shared everywhere apply).
 */
const zoneCountries: Record<string, string> = {
  'America/New_York': 'US',
  'America/Chicago': 'US',
  'America/Denver': 'US',
  'America/Phoenix': 'US',
  'America/Los_Angeles': 'US',
  'America/Anchorage': 'US',
  'Pacific/Honolulu': 'US',
  'America/Toronto': 'CA',
  'America/Vancouver': 'CA',
  'Europe/London': 'GB',
  'Europe/Dublin': 'IE',
  'Australia/Sydney': 'AU',
  'Australia/Melbourne': 'AU',
  'Pacific/Auckland': 'NZ',
  'Europe/Berlin': 'DE',
  'Europe/Vienna': 'AT',
  'Europe/Zurich': 'CH',
  'Europe/Paris': 'FR',
  'Europe/Brussels': 'BE',
  'Europe/Lisbon': 'PT',
  'America/Sao_Paulo': 'BR',
};

export function countryOfZone(timezone: string): string | null {
  return zoneCountries[timezone] ?? null;
}

const cache = new Map<string, Set<string>>();

/** Whether a local calendar date (`yyyy-MM-dd`) is a known holiday or retail day in the country. */
export function isRetailDay(localDate: string, country: string | null): boolean {
  const year = Number(localDate.slice(0, 4));
  const key = `${country ?? ''}:${year}`;
  let days = cache.get(key);
  if (!days) {
    const rules = [...everywhere, ...(country ? (byCountry[country.toUpperCase()] ?? []) : [])];
    days = new Set(rules.map((rule) => rule(year).toISODate()!));
    cache.set(key, days);
  }
  return days.has(localDate);
}
