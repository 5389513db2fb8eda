import { IANAZone } from 'luxon';
import { localDayStart, nextBucketStart } from '../../shared/domain/account-time';

/** Zones the source platform is likely to use when it is not the account's: a short, fixed list. */
export const COMMON_TIMEZONES = ['UTC', 'America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'Europe/London', 'Europe/Paris', 'Asia/Tokyo', 'Australia/Sydney'];

export const isTimezone = (zone: string | undefined): zone is string => zone !== undefined && IANAZone.isValidZone(zone);

/** [local midnight, next local midnight) of the day in the zone, epoch seconds. */
export function dayWindow(day: string, zone: string): { from: number; to: number } {
  const start = localDayStart(day, zone);
  // A day that is no date matches no cached row, as before.
  return start === null ? { from: Number.NaN, to: Number.NaN } : { from: start, to: nextBucketStart(start, 'day', zone) };
}

/** The zone typed first, then the account's, UTC and the common ones, each once. */
export function candidateTimezones(entered: string | undefined, account: string): string[] {
  const zones = [...(isTimezone(entered) ? [entered] : []), account, ...COMMON_TIMEZONES];
  return [...new Set(zones)];
}

export interface DayComparison {
  day: string;
  source: number;
  /** The account's cached daily count; null when the day is not in the cache. */
  cached: number | null;
  /** The day recomputed from the hourly cache in each zone (null where hours are missing). */
  candidates: { zone: string; count: number | null }[];
  /** `match`: same count; `timezone`: a zone other than the account's gives the source's count. */
  verdict: 'match' | 'timezone' | 'unexplained' | 'not-cached';
  zone: string | null;
}

/**
 * Domain §6: the counts should match exactly; when they do not, the usual cause is that the
 * account and the source count days in different timezones. Each candidate zone's day is rebuilt
 * from the hourly cache; the first that gives the source's count explains the difference.
 */
export function compareDay(
  day: string,
  source: number,
  accountZone: string,
  zones: readonly string[],
  read: { daily(start: number): number | null; hourly(from: number, to: number): number | null },
): DayComparison {
  const cached = read.daily(dayWindow(day, accountZone).from);
  const candidates = zones.map((zone) => {
    const window = dayWindow(day, zone);
    return { zone, count: read.hourly(window.from, window.to) };
  });
  if (cached === source) return { day, source, cached, candidates, verdict: 'match', zone: accountZone };
  const explaining = candidates.find((c) => c.zone !== accountZone && c.count === source);
  if (explaining) return { day, source, cached, candidates, verdict: 'timezone', zone: explaining.zone };
  return { day, source, cached, candidates, verdict: cached === null ? 'not-cached' : 'unexplained', zone: null };
}
