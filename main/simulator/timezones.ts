import { IANAZone } from 'luxon';

/**
 * The `timezone` check of `POST /api/metric-aggregates`. The spec: "validated against a list of
 * common timezones from the IANA database ... notable exceptions are `Factory`, `Europe/Kyiv` and
 * `Pacific/Kanton`. This field is case-sensitive."
 *
 * Intl accepts any casing and resolves aliases, so it cannot tell `america/new_york` from
 * `America/New_York`. We accept a name when the runtime knows the zone, it is not one of the
 * spec's exceptions, and its casing is right: exact members of the runtime's zone list or of the
 * common legacy names below pass; a name that only matches one of those case-insensitively is
 * refused. (Our reading: the spec does not publish its list.)
 */
const refusedBySpec = new Set(['Factory', 'Europe/Kyiv', 'Pacific/Kanton']);

/** Common names the runtime's canonical list leaves out (it prefers older CLDR spellings). */
const commonAliases = [
  'UTC', 'GMT', 'Etc/UTC', 'Etc/GMT',
  'US/Alaska', 'US/Arizona', 'US/Central', 'US/Eastern', 'US/Hawaii', 'US/Mountain', 'US/Pacific',
  'Canada/Atlantic', 'Canada/Central', 'Canada/Eastern', 'Canada/Mountain', 'Canada/Newfoundland',
  'Canada/Pacific',
  'Asia/Kolkata', 'Asia/Ho_Chi_Minh', 'Asia/Kathmandu', 'Asia/Yangon', 'Atlantic/Faroe',
  'America/Argentina/Buenos_Aires', 'America/Argentina/Cordoba', 'America/Indiana/Indianapolis',
  'America/Kentucky/Louisville', 'America/Nuuk', 'Africa/Asmara', 'Pacific/Chuuk', 'Pacific/Pohnpei',
];

export interface TimezoneCatalogue {
  isAccepted(name: string): boolean;
}

export function createTimezoneCatalogue(): TimezoneCatalogue {
  const exact = new Set([...Intl.supportedValuesOf('timeZone'), ...commonAliases]);
  const lowerCased = new Set([...exact, ...refusedBySpec].map((name) => name.toLowerCase()));
  return {
    isAccepted(name) {
      if (refusedBySpec.has(name) || !IANAZone.isValidZone(name)) return false;
      if (exact.has(name)) return true;
      return !lowerCased.has(name.toLowerCase());
    },
  };
}
