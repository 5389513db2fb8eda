/**
 * The zone name sent as the `timezone` of a metric-aggregates query. That endpoint checks the name
 * against its own list of common IANA zones, and the spec names three it refuses: `Factory`,
 * `Europe/Kyiv` and `Pacific/Kanton` (digest §5.1). The last two are the 2022 and 2021 spellings
 * of zones the tz database still knows by their older names, which a list older than the renames
 * holds; so an account in Kyiv (its own timezone may well read `Europe/Kyiv`) has its buckets cut
 * in `Europe/Kiev`, the same zone, instead of every query failing. `Factory` is no place at all
 * and is left alone, to fail where it is sent.
 */
const olderNames: Readonly<Record<string, string>> = {
  'Europe/Kyiv': 'Europe/Kiev',
  'Pacific/Kanton': 'Pacific/Enderbury',
};

export function aggregateTimezone(zone: string): string {
  return olderNames[zone] ?? zone;
}
